/**
 * Edits to a dossier as commands. An {@link nl.koers.domain.edit.Edit} turns one dossier value into the next;
 * a {@link nl.koers.domain.edit.DossierSession} applies edits, keeps the history for undo and redo, and is the
 * single place that knows whether a dossier has unsaved changes.
 */
@Export
@Version("1.5.0")
package nl.koers.domain.edit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
