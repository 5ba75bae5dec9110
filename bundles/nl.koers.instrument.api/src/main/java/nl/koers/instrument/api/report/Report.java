package nl.koers.instrument.api.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A whole document, ready to be written: a cover, then chapters in order. Koers makes it from a dossier and the
 * chapters the facilitator chose (the dossier report), or from the dossier alone (the agreement note); a
 * {@link ReportWriter} writes it. The writer adds what its format has: a table of contents, page numbers.
 *
 * @param title the title on the cover and in the file's properties
 * @param cover facts under the title on the cover (theme, initiator, route, date), in order; copied
 * @param chapters the chapters, in order; copied
 * @param locale the language of the document, for the writer's own words ("Inhoud", "pagina")
 */
public record Report(String title, List<Fact> cover, List<Chapter> chapters, Locale locale) {
    /** Checks the title and the locale and copies the lists. */
    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        cover = List.copyOf(cover);
        chapters = List.copyOf(chapters);
    }

    /**
     * One line on the cover.
     *
     * @param label what it is, e.g. "Thema"
     * @param value its value
     */
    public record Fact(String label, String value) {
        /** Checks both texts. */
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One chapter: a title (a level-1 heading, listed in the table of contents) and its blocks.
     *
     * @param title the chapter's title
     * @param blocks what it says, in order; copied
     */
    public record Chapter(String title, List<Block> blocks) {
        /** Checks the title and copies the blocks. */
        public Chapter {
            Objects.requireNonNull(title, "title");
            blocks = List.copyOf(blocks);
        }
    }
}
