package nl.koers.shell.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.koers.instrument.api.swt.MenuContribution;
import nl.koers.instrument.api.swt.SettingsPage;

/**
 * What plugins add to the Extra menu: items and settings pages, as they come and go (whiteboard, on the
 * framework's threads). The menu reads them each time it opens, so an install or uninstall shows without restart.
 */
final class Extras {
    private final List<MenuContribution> items = new CopyOnWriteArrayList<>();
    private final List<SettingsPage> pages = new CopyOnWriteArrayList<>();

    void add(MenuContribution item) {
        items.add(item);
    }

    void remove(MenuContribution item) {
        items.remove(item);
    }

    void add(SettingsPage page) {
        pages.add(page);
    }

    void remove(SettingsPage page) {
        pages.remove(page);
    }

    List<MenuContribution> items() {
        return List.copyOf(items);
    }

    List<SettingsPage> pages() {
        return List.copyOf(pages);
    }
}
