package nl.koers.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import nl.koers.domain.Texts;

/** A dossier that is locked by someone else (another process, or another window of this one). */
public final class DossierLockedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path dossier;
    private final transient LockHolder holder;

    public DossierLockedException(Path dossier, LockHolder holder) {
        super(dossier + " is locked by " + holder);
        this.dossier = Objects.requireNonNull(dossier);
        this.holder = Objects.requireNonNull(holder);
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
