package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.settings.PluginSettings;
import nl.koers.instrument.api.swt.MenuContext;
import nl.koers.instrument.api.swt.MenuContribution;
import nl.koers.instrument.api.swt.SettingsPage;

/**
 * The part of the Extra menu that plugins fill: their items, and Instellingen when a plugin has a settings page.
 * Filled each time the menu opens, from what is installed then. Every call into a plugin is guarded: one that
 * throws stops its plugin (the catalogue shows it failed) and its items leave the menu; the rest goes on.
 */
final class ExtraMenu {
    /** Marks the items this class made, so the next fill replaces them and leaves the window's own. */
    private static final String CONTRIBUTED = "koers.extra.contributed";

    private final Workbench window;
    private final InstrumentCatalogue catalogue;
    private final InstrumentHost instruments;
    private final Texts texts;
    private Path settingsFolder;

    ExtraMenu(Workbench window, InstrumentHost instruments, Path settingsFolder) {
        this.window = window;
        this.catalogue = window.catalogue();
        this.instruments = instruments;
        this.texts = Texts.load("nl.koers.shell.internal.ExtraTexts", window.texts().locale(),
                ExtraMenu.class.getClassLoader());
        this.settingsFolder = settingsFolder;
    }

    /** For the UI tests: where the plugins' settings files go. */
    void useSettingsFolder(Path folder) {
        settingsFolder = folder;
    }

    private record Item(MenuContribution contribution, String instrumentId, String label) {
    }

    /** Replaces the plugins' items in {@code menu} with those installed and working now. */
    void fill(Menu menu) {
        for (MenuItem i : menu.getItems()) {
            if (i.getData(CONTRIBUTED) != null) {
                i.dispose();
            }
        }
        Locale locale = texts.locale();
        List<Item> items = new ArrayList<>();
        for (MenuContribution c : catalogue.extras().items()) {
            String id = idOf(c);
            if (catalogue.stopped(id)) {
                continue;
            }
            try {
                items.add(new Item(c, id, String.valueOf(c.label(locale))));
            } catch (RuntimeException | LinkageError e) {
                instruments.failed(id, e);
            }
        }
        List<SettingsPage> pages = pages();
        if (items.isEmpty() && pages.isEmpty()) {
            return;
        }
        mark(new MenuItem(menu, SWT.SEPARATOR));
        items.sort(Comparator.comparing(Item::label, String.CASE_INSENSITIVE_ORDER));
        Map<String, Integer> perPlugin = new HashMap<>();
        for (Item item : items) {
            MenuItem mi = mark(new MenuItem(menu, SWT.PUSH));
            mi.setText(item.label());
            mi.setData(Ids.KEY, "menu.extra." + item.instrumentId() + "." + perPlugin.merge(item.instrumentId(), 1,
                    Integer::sum));
            mi.addListener(SWT.Selection, e -> run(item));
        }
        if (!pages.isEmpty()) {
            MenuItem settings = mark(new MenuItem(menu, SWT.PUSH));
            settings.setText(texts.get("menu.extra.settings"));
            settings.setData(Ids.KEY, "menu.extra.settings");
            settings.addListener(SWT.Selection, e -> openSettings());
        }
    }

    /** The settings pages of the plugins that work. */
    List<SettingsPage> pages() {
        return catalogue.extras().pages().stream().filter(p -> !catalogue.stopped(idOf(p))).toList();
    }

    /** Extra > Instellingen: one dialog with a page per plugin. */
    SettingsDialog openSettings() {
        SettingsDialog dialog = new SettingsDialog(window.shell(), texts, pages(), this::settings,
                (page, error) -> instruments.failed(idOf(page), error), ExtraMenu::idOf);
        dialog.open();
        return dialog;
    }

    private void run(Item item) {
        try {
            item.contribution().run(context(item.instrumentId()));
        } catch (RuntimeException | LinkageError e) {
            instruments.failed(item.instrumentId(), e);
        }
    }

    PluginSettings settings(String instrumentId) {
        return new PropertiesSettings(settingsFolder, instrumentId);
    }

    private MenuContext context(String instrumentId) {
        return new MenuContext() {
            @Override
            public Locale locale() {
                return texts.locale();
            }

            @Override
            public Shell shell() {
                return window.shell();
            }

            @Override
            public Optional<Dossier> dossier() {
                return window.view().map(v -> v.dossier());
            }

            @Override
            public void apply(Edit edit) {
                if (window.view().isEmpty()) {
                    throw new IllegalStateException("no dossier is open");
                }
                window.edits().apply(edit);
            }

            @Override
            public PluginSettings settings() {
                return ExtraMenu.this.settings(instrumentId);
            }
        };
    }

    private static MenuItem mark(MenuItem item) {
        item.setData(CONTRIBUTED, Boolean.TRUE);
        return item;
    }

    private static String idOf(MenuContribution c) {
        try {
            return c.instrumentId();
        } catch (RuntimeException | LinkageError e) {
            return c.getClass().getName();
        }
    }

    private static String idOf(SettingsPage p) {
        try {
            return p.instrumentId();
        } catch (RuntimeException | LinkageError e) {
            return p.getClass().getName();
        }
    }
}
