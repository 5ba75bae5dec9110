package nl.koers.report.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.ReportChapter;
import nl.koers.instrument.api.report.ReportWriter;

/**
 * Every call into a chapter or a writer's name goes through here: a chapter is a plugin's code, and one that throws,
 * returns nonsense or hangs must cost its own chapter only. A chapter's blocks are made on a thread of their own and
 * waited for at most {@code patience}; a chapter that hung once is not asked again while it is installed. What
 * failed goes to the log with its trace.
 */
final class Guard implements AutoCloseable {
    private final BiConsumer<String, Throwable> failures;
    private final Duration patience;
    private final Set<ReportChapter> hung = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "koers-report-chapter");
        thread.setDaemon(true);
        return thread;
    });

    Guard(BiConsumer<String, Throwable> failures, Duration patience) {
        this.failures = failures;
        this.patience = patience;
    }

    /** A chapter that went away may come back as new: it is asked again then. */
    void forget(ReportChapter chapter) {
        hung.remove(chapter);
    }

    @Override
    public void close() {
        threads.shutdownNow();
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

    /** The chapter's blocks; null blocks are left out; a chapter that throws or hangs has failed. */
    Outcome blocks(ReportChapter chapter, String id, Dossier dossier, Locale locale) {
        if (hung.contains(chapter)) {
            return new Outcome(List.of(), new TimeoutException("hung before: not asked again"));
        }
        Future<List<Block>> asked = threads.submit(() -> chapter.blocks(dossier, locale));
        try {
            List<Block> blocks = asked.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(blocks == null ? List.of() : blocks.stream().filter(Objects::nonNull).toList(), null);
        } catch (ExecutionException e) {
            failures.accept("report chapter " + id + " failed", e.getCause());
            return new Outcome(List.of(), e.getCause());
        } catch (TimeoutException e) {
            asked.cancel(true);
            hung.add(chapter);
            TimeoutException said = new TimeoutException("no answer within " + patience.toSeconds() + " s");
            failures.accept("report chapter " + id + " hangs", said);
            return new Outcome(List.of(), said);
        } catch (InterruptedException e) {
            // the caller was cancelled: the chapter is not to blame
            asked.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(List.of(), e);
        }
    }

    /** A writer's format, or null when it cannot say (then it is not used). */
    String format(ReportWriter writer) {
        try {
            String format = writer.format();
            return format == null || format.isBlank() ? null : format;
        } catch (RuntimeException | LinkageError e) {
            failures.accept("report writer " + writer.getClass().getName() + " has no format", e);
            return null;
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
