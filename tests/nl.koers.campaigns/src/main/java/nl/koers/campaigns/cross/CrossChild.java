package nl.koers.campaigns.cross;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import nl.koers.campaigns.WarmUp;
import nl.koers.campaigns.kill.Saver;
import nl.koers.campaigns.slow.SlowFileSystem;
import nl.koers.document.Document;
import nl.koers.document.DocumentException;
import nl.koers.document.DocumentException.Kind;
import nl.koers.document.DocumentState;
import nl.koers.document.internal.Registry;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.edit.Edits;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/**
 * A child of the cross-process campaign: one Koers process on the shared dossier, through its own documents, as the
 * window or a headless command would. Every edit adds a partner {@code c<child>-<n>} that no other edit adds. On
 * stdout: {@code ready}; {@code saved <names>} once a save that holds those names completed; {@code refused <kind>}
 * when the dossier could not be opened (LOCKED after the wait) or saved; {@code failed <kind> <message>} for what
 * should never happen; {@code done}.
 *
 * <p>Arguments: {@code window} or {@code command}, the child's number, the dossier file, the data folder, a seed.
 * The system property {@value Saver#SLOW_WRITES} slows the dossier's writes down, as in the kill campaign.
 */
public final class CrossChild {
    /** Idle seconds before a recovery copy: short, so that copies are written between the kills. */
    static final int AUTOSAVE_SECONDS = 1;
    /** Earlier versions the local history keeps. */
    static final int HISTORY = 5;
    /** How long a window waits for the lock; a command waits {@link #COMMAND_WAIT}. */
    static final Duration WINDOW_WAIT = Duration.ofSeconds(20);
    static final Duration COMMAND_WAIT = Duration.ofMillis(1500);

    private final PrintStream out;
    private final Registry documents;
    private final Path file;
    private final String prefix;
    private final Random random;

    private CrossChild(PrintStream out, Registry documents, Path file, String prefix, Random random) {
        this.out = out;
        this.documents = documents;
        this.file = file;
        this.prefix = prefix;
        this.random = random;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long slow = Long.getLong(Saver.SLOW_WRITES, 0);
        Path file = slow > 0 ? SlowFileSystem.of(Path.of(args[2]), slow) : Path.of(args[2]);
        Path data = Path.of(args[3]);
        JsonDossierStore store = new JsonDossierStore(data, HISTORY);
        FileRecoveryStore recovery = new FileRecoveryStore(data);
        WarmUp.run(store, recovery, Dossier.titled("warm-up"), data.resolve("warm-up-" + args[1] + ".koers"));
        Registry documents = new Registry(store, recovery, new FileLocalHistory(data, HISTORY),
                new FileDossierLocks(), AUTOSAVE_SECONDS);
        CrossChild child = new CrossChild(out, documents, file, "c" + args[1] + "-", new Random(Long.parseLong(args[4])));
        out.println("ready");
        if ("window".equals(args[0])) {
            child.window();
        } else {
            child.commands();
        }
        out.println("done");
    }

    /**
     * Opens the dossier once (waiting for the lock) and makes a few edits at a person's pace, saving now and then;
     * a pause of more than a second lets the autosave write a recovery copy. One window in four is closed by the
     * system at the end, with its last edits unsaved: they stay behind as a recovery copy.
     */
    private void window() throws InterruptedException {
        Document document = open(WINDOW_WAIT);
        if (document == null) {
            return;
        }
        boolean keepsRecovery = random.nextInt(4) == 0;
        int edits = 2 + random.nextInt(4);
        List<String> unsaved = new ArrayList<>();
        for (int n = 1; n <= edits; n++) {
            if (!edit(document, prefix + n)) {
                break;
            }
            unsaved.add(prefix + n);
            Thread.sleep(100 + random.nextInt(1100));
            boolean last = n == edits;
            if ((random.nextInt(3) == 0 || last) && !(last && keepsRecovery)) {
                if (!save(document, unsaved)) {
                    break;
                }
                unsaved.clear();
            }
        }
        if (keepsRecovery) {
            document.closeKeepingRecovery();
        } else {
            document.close();
        }
    }

    /** A few headless commands one after the other: each opens (waiting a bounded time), adds one, saves, closes. */
    private void commands() throws InterruptedException {
        int runs = 2 + random.nextInt(4);
        for (int n = 1; n <= runs; n++) {
            Document document = open(COMMAND_WAIT);
            if (document != null) {
                if (edit(document, prefix + n)) {
                    save(document, List.of(prefix + n));
                }
                document.close();
            }
            Thread.sleep(random.nextInt(400));
        }
    }

    private Document open(Duration wait) {
        try {
            return documents.open(file, wait);
        } catch (DocumentException e) {
            report(e);
            return null;
        }
    }

    private boolean edit(Document document, String name) {
        return done(document.apply(Edits.addPartner(Partner.of(name, Role.CORE))));
    }

    private boolean save(Document document, List<String> names) {
        if (!done(document.save())) {
            return false;
        }
        out.println("saved " + String.join(" ", names));
        return true;
    }

    private boolean done(CompletableFuture<DocumentState> step) {
        try {
            step.join();
            return true;
        } catch (CompletionException e) {
            report(e.getCause());
            return false;
        }
    }

    private void report(Throwable failure) {
        if (failure instanceof DocumentException d && (d.kind() == Kind.LOCKED || d.kind() == Kind.CHANGED_ON_DISK)) {
            out.println("refused " + d.kind());
        } else if (failure instanceof DocumentException d) {
            out.println("failed " + d.kind() + " " + oneLine(d.getMessage()));
        } else {
            out.println("failed " + failure.getClass().getSimpleName() + " " + oneLine(failure.getMessage()));
        }
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replace('\n', ' ');
    }
}
