package nl.koers.shell.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Texts;
import nl.koers.plugins.CatalogueEntry;
import nl.koers.plugins.PluginException;
import nl.koers.plugins.Plugins;

/**
 * The plugin dialog's part for a firm's catalogue: where it is (remembered), what it offers, and installing from
 * it, in the background like every change of the dialog.
 */
final class FirmCatalogue {
    private final PluginsDialog dialog;
    private final Plugins plugins;
    private final CatalogueLocation catalogueLocation;
    private final Texts texts;
    private final Text location;
    private final Table catalogue;
    private List<CatalogueEntry> offered = List.of();

    FirmCatalogue(PluginsDialog dialog, Plugins plugins, CatalogueLocation catalogueLocation) {
        this.dialog = dialog;
        this.plugins = plugins;
        this.catalogueLocation = catalogueLocation;
        this.texts = dialog.texts();
        PluginWidgets.heading(dialog.shell(), texts.get("plugins.catalogue"));
        Composite from = PluginWidgets.row(dialog.shell(), 3);
        location = new Text(from, SWT.BORDER | SWT.SINGLE);
        location.setData(Ids.KEY, "plugins.catalogue.location");
        location.setMessage(texts.get("plugins.catalogue.hint"));
        location.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        location.addListener(SWT.DefaultSelection, e -> readCatalogue());
        ((GridData) from.getLayoutData()).grabExcessHorizontalSpace = true;
        ((GridLayout) from.getLayout()).makeColumnsEqualWidth = false;
        dialog.button(from, "plugins.catalogue.read", this::readCatalogue);
        dialog.button(from, "plugins.catalogue.install", this::installFromCatalogue);
        catalogue = PluginWidgets.table(dialog.shell(), texts, "plugins.catalogue.table", "plugins.column.name", "plugins.column.version",
                "plugins.column.instruments");
    }

    /** The catalogue read last time, unless the person typed another meanwhile. */
    void showRemembered() {
        dialog.inBackground(catalogueLocation::load, (last, error) -> {
            if (last != null && !location.isDisposed() && location.getText().isEmpty()) {
                location.setText(last);
            }
        });
    }

    private void readCatalogue() {
        String where = location.getText().strip();
        if (where.isEmpty()) {
            return;
        }
        Optional<URI> uri = CatalogueLocation.toUri(where);
        if (uri.isEmpty()) {
            dialog.questions().tell(SWT.ICON_WARNING, texts.get("plugins.catalogue"), texts.format("plugins.catalogue.bad", where));
            return;
        }
        dialog.working(texts.format("plugins.status.readingCatalogue", where));
        dialog.inBackground(() -> {
            List<CatalogueEntry> entries = plugins.catalogue(uri.get());
            catalogueLocation.save(where);
            return entries;
        }, (entries, error) -> {
            dialog.done();
            if (error != null) {
                dialog.failed(error);
                return;
            }
            offered = entries;
            catalogue.removeAll();
            for (CatalogueEntry e : entries) {
                new TableItem(catalogue, SWT.NONE)
                        .setText(new String[] { e.name(), e.version(), String.join(", ", e.instrumentIds()) });
            }
            if (!entries.isEmpty()) {
                catalogue.setSelection(0);
            }
            dialog.status(texts.format("plugins.status.catalogueRead", entries.size()));
        });
    }

    private void installFromCatalogue() {
        int i = catalogue.getSelectionIndex();
        if (i < 0 || i >= offered.size()) {
            return;
        }
        CatalogueEntry entry = offered.get(i);
        String doing = texts.format("plugins.status.installing", entry.name());
        dialog.working(doing);
        // a catalogue entry cannot be inspected before it is fetched: try, and ask when only trust is missing
        dialog.inBackground(() -> plugins.install(entry, false), (plugin, error) -> {
            dialog.done();
            if (error instanceof PluginException refused && dialog.onlyTrustMissing(refused)
                    && dialog.questions().trust(texts.get("plugins.trust.title"), dialog.trustQuestion(refused))) {
                dialog.run(doing, () -> plugins.install(entry, true));
            } else if (error != null) {
                dialog.failed(error);
            } else {
                dialog.status(texts.format("plugins.status.installed", plugin.name(), plugin.version()));
                dialog.refresh();
            }
        });
    }
}
