package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;

/**
 * Where a user starts without a dossier: the welcome page on the dossier's tab and the catalogue of installed
 * instruments on a tab of its own. Each is made the first time it is shown: a window that opens on a dossier does
 * without the welcome page, and the catalogue is current when it is looked at.
 */
final class StartPages {
    private final Workbench window;
    private final Composite dossierStack;
    private final Composite catalogueHolder;
    /** Made when first shown: a window that starts with a dossier does without it. */
    private WelcomePage welcome;
    /** The dossiers opened last, for the welcome page when it is made. */
    private List<Path> recentShown = List.of();
    private CataloguePage cataloguePage;

    /** Adds the catalogue's tab to the window's tabs; the welcome page goes on {@code dossierStack} when needed. */
    StartPages(Workbench window, Composite dossierStack) {
        this.window = window;
        this.dossierStack = dossierStack;
        CTabFolder tabs = window.tabs();
        CTabItem catalogueTab = new CTabItem(tabs, SWT.NONE);
        catalogueTab.setText(window.texts().get("tab.catalogue"));
        catalogueHolder = new Composite(tabs, SWT.NONE);
        catalogueTab.setControl(catalogueHolder);
        // built when first shown: the window opens sooner, and the catalogue is current when it is looked at
        tabs.addListener(SWT.Selection, e -> {
            if (tabs.getSelection() == catalogueTab) {
                cataloguePage();
                window.instruments().readFailedPlugins();
            }
        });
    }

    CataloguePage cataloguePage() {
        if (cataloguePage == null) {
            cataloguePage = new CataloguePage(catalogueHolder, window.texts(), window.catalogue(),
                    window.instruments()::start, () -> window.view().isPresent());
            catalogueHolder.layout(true, true);
        }
        return cataloguePage;
    }

    /** The installed instruments changed: the pages made so far show them. */
    void instrumentsChanged() {
        showInstalled();
        if (cataloguePage != null) {
            cataloguePage.refresh();
        }
    }

    /** Another dossier, or none, is open: the catalogue's start buttons follow, once it is made. */
    void dossierChanged() {
        if (cataloguePage != null) {
            cataloguePage.updateStart();
        }
    }

    /** The welcome page names what is installed; after the window is up, as it asks every instrument. */
    void showInstalled() {
        if (welcome != null) {
            welcome.showInstalled(window.catalogue().entries(window.texts().locale()).stream()
                    .map(InstrumentCatalogue.Entry::name).toList());
        }
    }

    /** The dossiers opened last, for the welcome page, when it is there or once it is made. */
    void showRecent(List<Path> paths) {
        recentShown = paths;
        if (welcome != null) {
            welcome.showRecent(paths, window.files()::recentLabel);
        }
    }

    WelcomePage welcome() {
        if (welcome == null) {
            DossierFiles files = window.files();
            welcome = new WelcomePage(dossierStack, window.texts(), new WelcomePage.Actions(files::newDossier,
                    files::openDialog, files::openSample, () -> {
                        window.tabs().setSelection(1);
                        cataloguePage();
                    }, files::openRecent));
            welcome.showRecent(recentShown, files::recentLabel);
            showInstalled();
        }
        return welcome;
    }
}
