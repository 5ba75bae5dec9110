package nl.koers.store.internal;

import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.store.DossierFileException;
import nl.koers.store.HistoryEntry;
import nl.koers.store.LocalHistory;

/** The local history that {@link JsonDossierStore} fills on every save, read back for File > History. */
@Component(service = LocalHistory.class)
public final class FileLocalHistory implements LocalHistory {
    private final HistoryFolder folder;
    private final JsonDossierStore reader = new JsonDossierStore();

    /** The history in {@code <dataFolder>/history}; {@code keep} only matters to the store that fills it. */
    public FileLocalHistory(Path dataFolder, int keep) {
        this.folder = new HistoryFolder(dataFolder, keep);
    }

    @Activate
    public FileLocalHistory(BundleContext context) {
        this(DataFolder.of(context), DataFolder.historyKeep(context));
    }

    @Override
    public List<HistoryEntry> entries(Path dossier) {
        return folder.entries(dossier);
    }

    @Override
    public Dossier read(HistoryEntry entry) throws DossierFileException {
        return reader.read(entry.copy());
    }
}
