/**
 * An open dossier, whatever shows it. {@link nl.koers.document.DossierDocuments} opens a dossier file as a
 * {@link nl.koers.document.Document}: one per file in a process, holding the file's lock, applying edits from any
 * thread one at a time and in order, keeping undo and redo, writing recovery copies while it has unsaved changes,
 * and saving so that nothing another process saved in the meantime is overwritten. Faces (the window, the
 * headless commands, a web page) hear every change as a {@link nl.koers.document.DocumentState} on the thread they
 * choose; a face that lives on one thread sees the document through a {@link nl.koers.document.DocumentView}.
 */
@Export
@Version("1.1.0")
package nl.koers.document;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
