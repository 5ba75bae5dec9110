package nl.koers.store;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Locks dossiers so that one dossier is edited in one place at a time. The lock is a small file next to the
 * dossier ({@code .name.koers.lock}) that says who holds it.
 */
@ProviderType
public interface DossierLocks {
    /**
     * Locks a dossier for this process. A lock left by a process that no longer runs (same host, and its pid is
     * gone or now belongs to a process that started at another time) is stale and is taken over safely.
     *
     * @throws DossierLockedException when a running process (this one included) holds the lock, or when the lock file
     *         is no ordinary file (a symbolic link, a folder, a pipe): Koers never writes through one
     */
    DossierLock lock(Path dossier) throws DossierLockedException;
}
