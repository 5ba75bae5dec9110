package nl.koers.shell.internal;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.render.Renderer;

/** File > Export and print: what the installed instruments can print, a preview of it, and writing it to files. */
final class Exports {
    private final Workbench window;
    private final InstrumentCatalogue catalogue;
    private final InstrumentHost instruments;
    private final Texts texts;
    private Supplier<Renderer> renderer = () -> null;

    Exports(Workbench window, InstrumentCatalogue catalogue, InstrumentHost instruments) {
        this.window = window;
        this.catalogue = catalogue;
        this.instruments = instruments;
        this.texts = window.texts();
    }

    void useRenderer(Supplier<Renderer> r) {
        renderer = r;
    }

    /** Fills the export menu with what can be printed of the open dossier now. */
    void fill(Menu menu) {
        for (MenuItem i : menu.getItems()) {
            i.dispose();
        }
        List<Printable> printables = catalogue.printables();
        if (renderer.get() == null || printables.isEmpty() || window.view().isEmpty()) {
            MenuItem none = new MenuItem(menu, SWT.PUSH);
            none.setText(texts.get(renderer.get() == null ? "menu.file.export.noRenderer" : "menu.file.export.none"));
            none.setEnabled(false);
            return;
        }
        for (Printable p : printables) {
            String name;
            try {
                name = p.name(texts.locale());
                if (!name.contains(p.format().name())) {
                    name = name + "  (" + p.format().name() + ")";
                }
            } catch (RuntimeException | LinkageError e) {
                continue; // a printable that cannot even name itself is not offered
            }
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(name);
            item.setData(Ids.KEY, "export." + p.id());
            item.addListener(SWT.Selection, e -> preview(p));
        }
    }

    /** Shows what a printable makes of the open dossier, with a button to write it. */
    void preview(Printable printable) {
        Optional<Dossier> shown = window.view().map(v -> v.dossier());
        if (shown.isEmpty()) {
            return;
        }
        Dossier value = shown.get();
        window.background().run(() -> printable.pages(value, texts.locale()), (pages, error) -> {
            // unchecked: the printable's own code failed (a class that cannot link arrives wrapped as one)
            Optional<String> owner = error instanceof RuntimeException ? catalogue.ownerOf(printable) : Optional.empty();
            if (owner.isPresent()) {
                instruments.failed(owner.get(), error);
            } else if (error != null) {
                window.alert(SWT.ICON_ERROR, "dialog.export.failed.title",
                        texts.format("dialog.export.failed.text", printable.id(), String.valueOf(error)));
            } else if (pages.isEmpty()) {
                window.alert(SWT.ICON_INFORMATION, "dialog.export.title",
                        texts.format("dialog.export.nothing", printable.name(texts.locale())));
            } else {
                new PrintPreview(window.shell(), texts, printable.name(texts.locale()), pages,
                        () -> export(printable, pages)).open();
            }
        });
    }

    /**
     * Writes the pages the preview showed into a folder the user chooses, in the background; a file that is there
     * already is written over only when the user says so.
     */
    void export(Printable printable, List<Page> pages) {
        Renderer r = renderer.get();
        if (r == null) {
            return;
        }
        Path suggested = window.file().map(f -> f.toAbsolutePath().getParent()).orElse(null);
        window.dialogs().folderToExport(suggested).ifPresent(folder -> {
            Path target;
            try {
                target = r.file(printable.id(), printable.format(), folder);
            } catch (IllegalArgumentException e) {
                window.alert(SWT.ICON_ERROR, "dialog.export.failed.title",
                        texts.format("dialog.export.failed.text", printable.id(), String.valueOf(e.getMessage())));
                return;
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !window.dialogs().overwrite(target)) {
                return;
            }
            window.status(texts.format("status.exporting", printable.id()));
            window.background().run(() -> r.write(printable.id(), printable.format(), pages, folder),
                    (written, error) -> {
                        if (error != null) {
                            window.status(texts.get("status.ready"));
                            window.alert(SWT.ICON_ERROR, "dialog.export.failed.title", texts.format(
                                    "dialog.export.failed.text", printable.id(), String.valueOf(error.getMessage())));
                            return;
                        }
                        window.status(texts.format("status.exported", written));
                    });
        });
    }
}
