package nl.koers.instrument.api.report;

import java.util.List;
import java.util.Objects;

import nl.koers.instrument.api.figure.Page;

/**
 * One piece of a report chapter. Writers map each kind to what their format has: a heading to a heading style
 * (so a word processor shows it in its outline), a table to a real table, a figure to vector graphics in the PDF
 * and an image in the DOCX.
 */
public sealed interface Block {
    /**
     * A heading inside a chapter. The chapter's own title is the report's; a chapter's headings start at level 1.
     *
     * @param level 1 for a section of the chapter, 2 for a part of a section
     * @param text the heading
     */
    record Heading(int level, String text) implements Block {
        /** Checks the level and the text. */
        public Heading {
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("a heading's level is 1 or 2, not " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Running text. A newline inside it starts a new line within the same paragraph.
     *
     * @param text the text
     * @param kind how it is meant
     */
    record Paragraph(String text, Kind kind) implements Block {
        /** How a paragraph is meant, and so how it is set. */
        public enum Kind {
            /** Ordinary text. */
            BODY,
            /** A remark about the report itself, set smaller: "the data of X is left out because ...". */
            NOTE,
            /** A part the partners still have to fill in, marked as such in every format. */
            TO_FILL
        }

        /** Checks the text; a missing kind is {@link Kind#BODY}. */
        public Paragraph {
            Objects.requireNonNull(text, "text");
            kind = kind == null ? Kind.BODY : kind;
        }

        /**
         * Ordinary text.
         *
         * @param text the text
         */
        public Paragraph(String text) {
            this(text, Kind.BODY);
        }
    }

    /**
     * A list with a bullet before each item.
     *
     * @param items the items, in order; copied
     */
    record Bullets(List<String> items) implements Block {
        /** Copies the items. */
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table with a header row. Every row has as many cells as the header; an empty cell is an empty string.
     *
     * @param header the column titles; copied
     * @param rows the rows, each a list of cells; copied
     */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        /** Copies the rows and checks that each is as wide as the header. */
        public Table {
            header = List.copyOf(header);
            if (header.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            rows = rows.stream().map(List::copyOf).toList();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != header.size()) {
                    throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size()
                            + " cells, the header " + header.size());
                }
            }
        }
    }

    /**
     * A figure drawn in the figure description the printables use, scaled to the width of the text and kept in
     * proportion. The page's size gives the proportion; its shapes are drawn as on a printed sheet.
     *
     * @param page what to draw
     * @param caption the text under the figure; may be empty
     */
    record Figure(Page page, String caption) implements Block {
        /** Checks the page and the caption. */
        public Figure {
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(caption, "caption");
        }
    }
}
