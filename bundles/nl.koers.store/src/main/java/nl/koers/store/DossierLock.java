package nl.koers.store;

import java.nio.file.Path;

/** A held lock on a dossier. Closing releases it; closing twice does nothing. */
public interface DossierLock extends AutoCloseable {
    Path dossier();

    @Override
    void close();
}
