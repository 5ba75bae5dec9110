/**
 * Reading and writing dossier files ({@code .koers}). {@link nl.koers.store.DossierStore} is the only way into
 * a dossier file; what cannot be read is reported as a {@link nl.koers.store.DossierFileException} that says
 * which file, what is wrong and where.
 */
@Export
@Version("1.0.0")
package nl.koers.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
