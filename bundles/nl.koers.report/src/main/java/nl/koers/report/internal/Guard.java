package nl.koers.report.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.ReportChapter;

/**
 * Every call into a chapter goes through here: a chapter is a plugin's code, and one that throws (or returns
 * nonsense) must cost its own chapter only. What failed goes to the log with its trace.
 */
final class Guard {
    private final BiConsumer<String, Throwable> failures;

    Guard(BiConsumer<String, Throwable> failures) {
        this.failures = failures;
    }

    /** What a chapter said: its blocks, or why it said nothing. */
    record Outcome(List<Block> blocks, Throwable failure) {
        boolean failed() {
            return failure != null;
        }

        boolean hasContent() {
            return failed() || !blocks.isEmpty();
        }
    }

    /** The chapter's title, or its id when it cannot say. */
    String title(ReportChapter chapter, String id, Locale locale) {
        try {
            String title = chapter.title(locale);
            return title == null || title.isBlank() ? id : title;
        } catch (RuntimeException | LinkageError e) {
            failures.accept("report chapter " + id + ": title failed", e);
            return id;
        }
    }

    /** The chapter's blocks; null blocks are left out, a chapter that throws has failed. */
    Outcome blocks(ReportChapter chapter, String id, Dossier dossier, Locale locale) {
        try {
            List<Block> blocks = chapter.blocks(dossier, locale);
            return new Outcome(blocks == null ? List.of() : blocks.stream().filter(Objects::nonNull).toList(), null);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            failures.accept("report chapter " + id + " failed", e);
            return new Outcome(List.of(), e);
        }
    }

    /** A plugin's id or instrument id, or null when it cannot say (then the chapter is not used). */
    String id(ReportChapter chapter, boolean instrument) {
        try {
            String id = instrument ? chapter.instrumentId() : chapter.id();
            return id == null || id.isBlank() ? null : id;
        } catch (RuntimeException | LinkageError e) {
            failures.accept("report chapter " + chapter.getClass().getName() + " has no id", e);
            return null;
        }
    }
}
