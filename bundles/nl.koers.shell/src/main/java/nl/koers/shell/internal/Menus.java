package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

import nl.koers.document.DocumentState;
import nl.koers.domain.Texts;

/**
 * The window's menu bar, its shortcuts, the recent files and files dropped on the window. The bar's headings come with
 * the window; their items, shortcuts included, right after its first paint ({@link #fill}), which they would delay.
 */
final class Menus {
    private final Workbench window;
    private final Texts texts;
    private final Shell shell;
    private final DossierFiles files;
    private final Safekeeping safekeeping;
    private final InstrumentHost instruments;
    private final Exports exports;
    private final DossierReports reports;
    private final String version;
    private final Menu fileMenu;
    private final Menu editMenu;
    private final Menu dossierMenu;
    private final Menu viewMenu;
    private final Menu extras;
    private final Menu helpMenu;
    private boolean filled;
    private MenuItem undoItem;
    private MenuItem redoItem;
    private MenuItem saveItem;
    private MenuItem saveAsItem;
    private MenuItem closeItem;
    private MenuItem historyItem;
    private MenuItem issuesItem;
    private MenuItem planItem;
    private MenuItem searchItem;
    private MenuItem reportItem;
    private MenuItem noteItem;
    private Menu recentMenu;
    private ExtraMenu extraMenu;
    /** What the items say once they are made: the dossier's state (null: none open) and the recent files. */
    private DocumentState state;
    private List<Path> recent = List.of();

    Menus(Workbench window, DossierFiles files, Safekeeping safekeeping, InstrumentHost instruments, Exports exports,
            DossierReports reports, String version) {
        this.window = window;
        this.texts = window.texts();
        this.shell = window.shell();
        this.files = files;
        this.safekeeping = safekeeping;
        this.instruments = instruments;
        this.exports = exports;
        this.reports = reports;
        this.version = version;
        Menu bar = new Menu(shell, SWT.BAR);
        shell.setMenuBar(bar);
        fileMenu = submenu(bar, texts.get("menu.file"));
        editMenu = submenu(bar, texts.get("menu.edit"));
        dossierMenu = submenu(bar, texts.get("menu.dossier"));
        viewMenu = submenu(bar, texts.get("menu.view"));
        extras = submenu(bar, instruments.pluginTexts().get("menu.extra"));
        helpMenu = submenu(bar, texts.get("menu.help"));
        // Ctrl+Shift+Z is redo too, as in most editors
        window.display().addFilter(SWT.KeyDown, e -> {
            if (e.widget instanceof Control c && c.getShell() == shell
                    && (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) == (SWT.MOD1 | SWT.SHIFT)
                    && (e.keyCode == 'z' || e.keyCode == 'Z')) {
                window.edits().redo();
                e.doit = false;
            }
        });
    }

    /** Makes the menus' items and their shortcuts, once; the window calls it right after its first paint. */
    void fill() {
        if (filled || shell.isDisposed()) {
            return;
        }
        filled = true;
        item(fileMenu, "menu.file.new", SWT.MOD1 + 'N', files::newDossier);
        item(fileMenu, "menu.file.open", SWT.MOD1 + 'O', files::openDialog);
        MenuItem recentItem = new MenuItem(fileMenu, SWT.CASCADE);
        recentItem.setText(texts.get("menu.file.recent"));
        recentMenu = new Menu(recentItem);
        recentItem.setMenu(recentMenu);
        item(fileMenu, "menu.file.sample", 0, files::openSample);
        new MenuItem(fileMenu, SWT.SEPARATOR);
        MenuItem exportItem = new MenuItem(fileMenu, SWT.CASCADE);
        exportItem.setText(texts.get("menu.file.export"));
        exportItem.setData(Ids.KEY, "menu.file.export");
        Menu exportMenu = new Menu(exportItem);
        exportItem.setMenu(exportMenu);
        exportMenu.addListener(SWT.Show, e -> exports.fill(exportMenu));
        exports.fill(exportMenu);
        reportItem = item(fileMenu, reports.texts(), "menu.file.report", SWT.MOD1 + SWT.SHIFT + 'R', reports::report);
        noteItem = item(fileMenu, reports.texts(), "menu.file.agreementNote", 0, reports::agreementNote);
        saveItem = item(fileMenu, "menu.file.save", SWT.MOD1 + 'S', () -> files.save(null));
        saveAsItem = item(fileMenu, "menu.file.saveAs", SWT.MOD1 + SWT.SHIFT + 'S', () -> files.saveAs(null));
        historyItem = item(fileMenu, "menu.file.history", 0, safekeeping::showHistory);
        item(fileMenu, "menu.file.recover", 0, safekeeping::offerRecovery);
        closeItem = item(fileMenu, "menu.file.close", SWT.MOD1 + 'W', files::closeDossier);
        new MenuItem(fileMenu, SWT.SEPARATOR);
        item(fileMenu, "menu.file.quit", SWT.MOD1 + 'Q', shell::close);

        undoItem = item(editMenu, "menu.edit.undo", SWT.MOD1 + 'Z', window.edits()::undo);
        redoItem = item(editMenu, "menu.edit.redo", SWT.MOD1 + 'Y', window.edits()::redo);
        new MenuItem(editMenu, SWT.SEPARATOR);
        SideWindows beside = window.sideWindows();
        searchItem = item(editMenu, "menu.edit.search", SWT.MOD1 + 'F', beside::showSearch);

        issuesItem = item(dossierMenu, "menu.dossier.issues", SWT.MOD1 + SWT.SHIFT + 'P', beside::showOpenIssues);
        planItem = item(dossierMenu, "menu.dossier.plan", SWT.MOD1 + SWT.SHIFT + 'L', beside::showSessionPlans);

        item(viewMenu, "menu.view.projector", SWT.F11, instruments::projector);
        item(viewMenu, "menu.view.facilitator", SWT.F9, instruments::facilitator);

        MenuItem pluginsItem = new MenuItem(extras, SWT.PUSH);
        pluginsItem.setText(instruments.pluginTexts().get("menu.extra.plugins"));
        pluginsItem.setData(Ids.KEY, "menu.extra.plugins");
        pluginsItem.addListener(SWT.Selection, e -> instruments.openPlugins());
        // plugins' own items and settings, read anew each time the menu opens: installs show without restart
        extras.addListener(SWT.Show, e -> extraMenu().fill(extras));
        extraMenu().fill(extras);

        item(helpMenu, "menu.help.about", 0, () -> window.alert(SWT.ICON_INFORMATION, "dialog.about.title",
                texts.format("dialog.about.text", version, Runtime.version().feature(), instruments.installed())));
        show(state);
        showRecentItems();
    }

    /** The plugins' part of the Extra menu. */
    ExtraMenu extraMenu() {
        if (extraMenu == null) {
            extraMenu = new ExtraMenu(window, instruments, PropertiesSettings.inUserConfig());
        }
        return extraMenu;
    }

    /** Enables what can be done with the dossier in {@code state} (null: none open), and names undo and redo. */
    void show(DocumentState state) {
        this.state = state;
        if (!filled) {
            return;
        }
        boolean open = state != null;
        undoItem.setEnabled(open && state.canUndo());
        redoItem.setEnabled(open && state.canRedo());
        undoItem.setText(open && state.undoLabel().isPresent()
                ? texts.format("menu.edit.undoWhat", editName(state.undoLabel().get()))
                : texts.get("menu.edit.undo"));
        redoItem.setText(open && state.redoLabel().isPresent()
                ? texts.format("menu.edit.redoWhat", editName(state.redoLabel().get()))
                : texts.get("menu.edit.redo"));
        // read-only: Save would write over a file that is not this window's to write; Save As makes a copy
        saveItem.setEnabled(open && state.readOnly().isEmpty());
        saveAsItem.setEnabled(open);
        closeItem.setEnabled(open);
        historyItem.setEnabled(open && state.file().isPresent());
        issuesItem.setEnabled(open);
        planItem.setEnabled(open);
        searchItem.setEnabled(open);
        reportItem.setEnabled(open);
        noteItem.setEnabled(open);
    }

    /** The name of an edit: the domain's words, or the window's own for what only the window does. */
    private String editName(String labelKey) {
        Texts words = window.words();
        return words.has(labelKey) ? words.get(labelKey) : texts.get(labelKey);
    }

    void showRecent(List<Path> paths) {
        if (shell.isDisposed()) {
            return;
        }
        recent = paths;
        window.showRecent(paths);
        if (filled) {
            showRecentItems();
        }
    }

    private void showRecentItems() {
        List<Path> paths = recent;
        for (MenuItem i : recentMenu.getItems()) {
            i.dispose();
        }
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem(recentMenu, SWT.PUSH);
            none.setText(texts.get("menu.file.recent.none"));
            none.setEnabled(false);
        }
        for (int i = 0; i < paths.size(); i++) {
            Path p = paths.get(i);
            MenuItem item = new MenuItem(recentMenu, SWT.PUSH);
            item.setText("&" + (i + 1) + "  " + files.recentLabel(p).replace("&", "&&"));
            item.setToolTipText(p.toString());
            item.addListener(SWT.Selection, e -> files.openRecent(p));
        }
        if (!paths.isEmpty()) {
            new MenuItem(recentMenu, SWT.SEPARATOR);
            MenuItem clear = new MenuItem(recentMenu, SWT.PUSH);
            clear.setText(texts.get("menu.file.recent.clear"));
            clear.addListener(SWT.Selection, e -> files.clearRecent());
        }
    }

    /** A dossier dropped on the window opens; a plugin goes to the plugin manager. */
    void dropFiles() {
        DropTarget target = new DropTarget(shell, DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        target.addListener(DND.Drop, e -> {
            if (e.data instanceof String[] names && names.length > 0) {
                Path dropped = Path.of(names[0]);
                if (PluginsDialog.isPluginFile(dropped)) {
                    window.instruments().openPlugins().ifPresent(d -> d.installFile(dropped));
                } else {
                    files.whenDiscardable(() -> files.open(dropped));
                }
            }
        });
        target.addListener(DND.DragEnter, e -> e.detail = DND.DROP_COPY);
    }

    private Menu submenu(Menu bar, String text) {
        MenuItem item = new MenuItem(bar, SWT.CASCADE);
        item.setText(text);
        Menu menu = new Menu(shell, SWT.DROP_DOWN);
        item.setMenu(menu);
        return menu;
    }

    private MenuItem item(Menu menu, String key, int accelerator, Runnable action) {
        return item(menu, texts, key, accelerator, action);
    }

    private static MenuItem item(Menu menu, Texts texts, String key, int accelerator, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(texts.get(key));
        item.setData(Ids.KEY, key);
        if (accelerator != 0) {
            item.setAccelerator(accelerator);
        }
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }
}
