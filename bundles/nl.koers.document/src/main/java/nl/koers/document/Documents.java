package nl.koers.document;

import nl.koers.document.internal.Disk;
import nl.koers.document.internal.OpenDocument;
import nl.koers.domain.Dossier;

/** Documents that need no service. */
public final class Documents {
    private Documents() {
    }

    /**
     * A document with no file and no disk: edits in order, undo and redo and change events as every document
     * has, but it cannot be saved. For tests of screens and for previews; close it when done.
     *
     * @param dossier what the document starts with
     * @return an open document without a file
     */
    public static Document detached(Dossier dossier) {
        return OpenDocument.unsaved(dossier, Disk.NONE, 0);
    }
}
