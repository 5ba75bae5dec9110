package nl.koers.shell.internal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportWriter;
import nl.koers.report.Reports;

/**
 * File &gt; Verslag and File &gt; Afsprakennota: the facilitator chooses, a file is chosen, and the document is made
 * and written on a thread of its own, with a window that shows the chapters written and cancels. The workbench
 * keeps working meanwhile; when the file is there the status line says where, and offers to open it.
 */
final class DossierReports {
    private final Workbench window;
    private final Texts texts;
    private Supplier<Reports> reports = () -> null;

    DossierReports(Workbench window) {
        this.window = window;
        this.texts = Texts.load("nl.koers.shell.internal.ReportTexts", window.texts().locale(),
                DossierReports.class.getClassLoader());
    }

    void useReports(Supplier<Reports> r) {
        reports = r;
    }

    Texts texts() {
        return texts;
    }

    /** File &gt; Verslag: the chapters the dossier offers, asked for in the background, then the dialog. */
    void report() {
        Reports r = available();
        Optional<Dossier> shown = window.view().map(v -> v.dossier());
        if (r == null || shown.isEmpty()) {
            return;
        }
        Dossier dossier = shown.get();
        Locale locale = texts.locale();
        window.status(texts.get("report.gathering"));
        window.background().run(() -> r.offered(dossier, locale), (offered, error) -> {
            window.status(window.texts().get("status.ready"));
            if (error != null) {
                failed(dossier.title(), error);
                return;
            }
            new ReportDialog(window.shell(), texts, offered, r.formats(), choice -> window.dialogs()
                    .reportFile(fileName("report.fileName", dossier, choice.format()), List.of(choice.format()))
                    .ifPresent(file -> write(r, withExtension(file, choice.format()), choice.format(),
                            texts.get("progress.title"), () -> r.dossierReport(dossier, locale, choice.plan()))))
                    .open();
        });
    }

    /** File &gt; Afsprakennota: drafted from the dossier as it is; the file's extension says the format. */
    void agreementNote() {
        Reports r = available();
        Optional<Dossier> shown = window.view().map(v -> v.dossier());
        if (r == null || shown.isEmpty()) {
            return;
        }
        Dossier dossier = shown.get();
        List<String> formats = pdfFirst(r.formats());
        if (formats.isEmpty()) {
            window.dialogs().tell(SWT.ICON_WARNING, texts.get("failed.title"), texts.get("report.noWriter"));
            return;
        }
        window.dialogs().reportFile(fileName("note.fileName", dossier, formats.get(0)), formats).ifPresent(file -> {
            String format = formats.stream().filter(f -> file.getFileName().toString().endsWith("." + f)).findFirst()
                    .orElse(formats.get(0));
            write(r, withExtension(file, format), format, texts.get("progress.noteTitle"),
                    () -> r.agreementNote(dossier, texts.locale()));
        });
    }

    private Reports available() {
        Reports r = reports.get();
        if (r == null) {
            window.dialogs().tell(SWT.ICON_INFORMATION, texts.get("report.unavailable.title"),
                    texts.get("report.unavailable"));
        }
        return r;
    }

    /**
     * Makes the document and writes it to {@code file} on a thread of its own: cancel interrupts it, and the
     * writer stops between chapters. The file appears whole or not at all.
     */
    private void write(Reports r, Path file, String format, String title, Callable<Report> make) {
        Optional<ReportWriter> writer = r.writer(format);
        if (writer.isEmpty()) {
            window.dialogs().tell(SWT.ICON_WARNING, texts.get("failed.title"), texts.get("report.noWriter"));
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread[] worker = new Thread[1];
        ReportProgress progress = new ReportProgress(window.shell(), texts, title, () -> {
            cancelled.set(true);
            worker[0].interrupt();
        });
        window.status(texts.format("status.writing", file.getFileName()));
        worker[0] = new Thread(() -> {
            Exception error = null;
            try {
                Report report = make.call();
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("cancelled");
                }
                writeWhole(file, out -> writer.get().write(report, out, (done, total) -> window.onUiThread(
                        () -> progress.chapters(texts.format("progress.chapters", done, total), done, total))));
            } catch (Exception | LinkageError e) {
                error = e instanceof Exception ex ? ex : new IllegalStateException(e);
            }
            Exception failure = error;
            window.onUiThread(() -> done(file, progress, cancelled.get(), failure));
        }, "koers-report");
        worker[0].setDaemon(true);
        worker[0].start();
    }

    private void done(Path file, ReportProgress progress, boolean cancelled, Exception error) {
        progress.close();
        if (cancelled) {
            window.status(texts.get("status.cancelled"));
        } else if (error != null) {
            window.status(window.texts().get("status.ready"));
            failed(file.getFileName().toString(), error);
        } else {
            window.statusWithAction(texts.format("status.written", file.toAbsolutePath()), texts.get("status.open"),
                    () -> window.dialogs().openFile(file));
        }
    }

    private void failed(String what, Exception error) {
        window.dialogs().tell(SWT.ICON_ERROR, texts.get("failed.title"),
                texts.format("failed.text", what, String.valueOf(error.getMessage())));
    }

    /** What goes into the file. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * A hidden temp file beside the target, synced, then renamed over it: a cancelled or failed report leaves the
     * file that was there. A plain stream, not a channel: an interrupt must reach the writer's check between
     * chapters, not close the file under it.
     */
    private static void writeWhole(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                + ".writing");
        try {
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                content.writeTo(out);
                out.flush();
                out.getFD().sync();
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private String fileName(String key, Dossier dossier, String format) {
        String title = dossier.title().isBlank() ? texts.get("file.untitled") : dossier.title();
        // what a file system refuses or a shell misreads becomes a space
        return texts.format(key, title).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").strip() + "." + format;
    }

    private static Path withExtension(Path file, String format) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + format) ? file : file.resolveSibling(name + "." + format);
    }

    private static List<String> pdfFirst(List<String> formats) {
        List<String> ordered = new ArrayList<>(formats);
        if (ordered.remove("pdf")) {
            ordered.add(0, "pdf");
        }
        return ordered;
    }
}
