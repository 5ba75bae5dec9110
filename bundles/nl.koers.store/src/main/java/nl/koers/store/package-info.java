/**
 * Reading and writing dossier files ({@code .koers}). {@link nl.koers.store.DossierStore} is the only way into
 * a dossier file; what cannot be read is reported as a {@link nl.koers.store.DossierFileException} that says
 * which file, what is wrong and where. What keeps a dossier safe lives here too: {@link nl.koers.store.LocalHistory}
 * (earlier versions), {@link nl.koers.store.RecoveryStore} (copies for after a crash) and
 * {@link nl.koers.store.DossierLocks} (one place edits a dossier at a time).
 */
@Export
@Version("1.2.0")
package nl.koers.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
