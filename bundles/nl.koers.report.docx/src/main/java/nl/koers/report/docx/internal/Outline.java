package nl.koers.report.docx.internal;

import java.util.ArrayList;
import java.util.List;

import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.Report;

/**
 * What the table of contents lists: each chapter and each of its sections, with the bookmark its heading gets.
 * Made before the chapters are written, so the contents can come first in the document.
 */
final class Outline {
    /**
     * One line of the contents.
     *
     * @param level 1 for a chapter, 2 for a section
     * @param text the heading
     * @param bookmark the name of the bookmark on the heading, which the line's page reference points to
     */
    record Entry(int level, String text, String bookmark) {
    }

    private final List<Entry> entries = new ArrayList<>();

    Outline(Report report) {
        for (Report.Chapter chapter : report.chapters()) {
            add(1, chapter.title());
            for (Block block : chapter.blocks()) {
                if (block instanceof Block.Heading heading && heading.level() == 1) {
                    add(2, heading.text());
                }
            }
        }
    }

    private void add(int level, String text) {
        // Word's own name for the bookmarks of a table of contents: hidden in its bookmark list
        entries.add(new Entry(level, text, "_Toc" + (entries.size() + 1)));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }
}
