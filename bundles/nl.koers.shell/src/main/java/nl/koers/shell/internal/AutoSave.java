package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.DossierSession;
import nl.koers.store.RecoveryStore;

/**
 * Writes a recovery copy of the open dossier once it has unsaved changes and the user has stopped editing for a
 * few seconds. Never the user's own file: the copy goes to the {@link RecoveryStore}, in the background, so a
 * crash or a kill loses at most the last few seconds of work.
 */
final class AutoSave {
    /** The framework property with the idle time in seconds before a copy is written. */
    static final String SECONDS_PROPERTY = "koers.autosave.seconds";
    static final int DEFAULT_SECONDS = 5;

    private final Display display;
    private final Background background;
    private final RecoveryStore recovery;
    private final int idleMillis;
    private final Consumer<Exception> failed;
    private final Runnable tick = this::writeWhenDirty;

    private DossierSession session;
    private Supplier<Path> origin = () -> null;
    private String key;
    private boolean copyWritten;

    AutoSave(Display display, Background background, RecoveryStore recovery, int idleSeconds, Consumer<Exception> failed) {
        this.display = display;
        this.background = background;
        this.recovery = recovery;
        this.idleMillis = Math.max(1, idleSeconds) * 1000;
        this.failed = failed;
    }

    /** The idle time from the framework property, or the default when it is missing or not a number. */
    static int seconds(String property) {
        try {
            return property == null || property.isBlank() ? DEFAULT_SECONDS : Math.max(1, Integer.parseInt(property.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_SECONDS;
        }
    }

    /**
     * Follows a new session (null when none). {@code sessionKey} continues a recovered copy; null makes a fresh
     * key. The previous session's copy is left as it is: {@link #discard()} first when it may go.
     */
    void follow(DossierSession next, String sessionKey, Supplier<Path> file) {
        display.timerExec(-1, tick);
        session = next;
        origin = file;
        key = sessionKey != null ? sessionKey : UUID.randomUUID().toString();
        copyWritten = sessionKey != null;
        if (next != null && next.isDirty()) {
            changed();
        }
    }

    /** An edit happened: the idle time starts again. */
    void changed() {
        if (session != null && !display.isDisposed()) {
            // scheduling the same runnable again moves it: the copy waits for a pause in the editing
            display.timerExec(idleMillis, tick);
        }
    }

    /** The dossier was saved, closed or discarded on purpose: its copy is not needed any more. */
    void discard() {
        if (!display.isDisposed()) {
            display.timerExec(-1, tick);
        }
        if (copyWritten) {
            String gone = key;
            copyWritten = false;
            background.submit(() -> {
                recovery.discard(gone);
                return null;
            });
        }
    }

    /** The dossier was saved: its copy goes, and edits made while it was saved get a copy of their own. */
    void saved() {
        discard();
        if (session != null && session.isDirty()) {
            changed();
        }
    }

    /** The window goes: nothing more is written; a copy already written stays for the next start. */
    void stop() {
        if (!display.isDisposed()) {
            display.timerExec(-1, tick);
        }
        session = null;
    }

    String sessionKey() {
        return key;
    }

    private void writeWhenDirty() {
        if (session == null) {
            return;
        }
        if (!session.isDirty()) {
            // undone back to what is on disk: nothing to recover
            discard();
            return;
        }
        Dossier value = session.dossier();
        Path file = origin.get();
        String writing = key;
        copyWritten = true;
        background.run(() -> {
            recovery.save(writing, file, value);
            return null;
        }, (none, error) -> {
            if (error != null) {
                failed.accept(error);
            }
        });
    }
}
