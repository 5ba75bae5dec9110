package nl.koers.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import nl.koers.domain.Texts;

/** A dossier that is locked by someone else (another process, or another window of this one). */
public final class DossierLockedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path dossier;
    private final transient LockHolder holder;
    /** A lock file Koers will not write through; null when the lock is simply held. */
    private final transient Path strangeLockFile;

    public DossierLockedException(Path dossier, LockHolder holder) {
        this(dossier, holder, null);
    }

    private DossierLockedException(Path dossier, LockHolder holder, Path strangeLockFile) {
        super(dossier + (strangeLockFile == null ? " is locked by " + holder
                : " cannot be locked: its lock file " + strangeLockFile + " is not an ordinary file"));
        this.dossier = Objects.requireNonNull(dossier);
        this.holder = Objects.requireNonNull(holder);
        this.strangeLockFile = strangeLockFile;
    }

    /**
     * A dossier whose lock file is no ordinary file of its own (a symbolic link, a folder, a pipe, a second name of
     * another file). Writing through it could overwrite another file, so nobody can lock the dossier; it opens
     * read-only, held by nobody known.
     */
    public static DossierLockedException strangeLockFile(Path dossier, Path lockFile) {
        return new DossierLockedException(dossier, new LockHolder("", "", 0, Instant.now(), false),
                Objects.requireNonNull(lockFile));
    }

    public Path dossier() {
        return dossier;
    }

    public LockHolder holder() {
        return holder;
    }

    /** Who holds the dossier, since when, and that it can still be opened read-only; in the user's language. */
    public String message(Locale locale) {
        Texts texts = Texts.load("nl.koers.store.internal.Messages", locale,
                DossierLockedException.class.getClassLoader());
        if (strangeLockFile != null) {
            return texts.format("locked.strangeLockFile", dossier.getFileName(), strangeLockFile);
        }
        if (holder.thisProcess()) {
            return texts.format("locked.thisProcess", dossier.getFileName());
        }
        if (holder.pid() <= 0) {
            return texts.format("locked.unknown", dossier.getFileName());
        }
        return texts.format("locked.otherProcess", dossier.getFileName(), holder.user(), holder.host(), holder.pid(),
                java.util.Date.from(holder.since()));
    }
}
