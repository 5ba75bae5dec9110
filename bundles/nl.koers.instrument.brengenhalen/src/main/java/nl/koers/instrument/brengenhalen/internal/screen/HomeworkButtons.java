package nl.koers.instrument.brengenhalen.internal.screen;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import nl.koers.domain.Dossier;
import nl.koers.instrument.brengenhalen.internal.homework.ExistingForms;
import nl.koers.instrument.brengenhalen.internal.homework.FormKey;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkChange;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkForm;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkForm.Target;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkImport;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkRefusal;
import nl.koers.instrument.brengenhalen.internal.homework.ImportedHomework;
import nl.koers.instrument.brengenhalen.internal.homework.OnePerPartner;
import nl.koers.instrument.brengenhalen.internal.homework.SkippedField;

/**
 * The buttons for the homework forms, below the partners of a homework step: make a fillable form for every
 * partner in a folder of the facilitator's choice (asking before it writes over files there, and never writing over
 * a form a partner filled in), and import filled forms. An import shows what it would change
 * and asks before it writes over answers the dossier already holds; lines the partner emptied are listed, and
 * removed only when the facilitator says so. It reports what it imported, what it left alone, what it refused and
 * which fields it skipped. Each imported form is one edit, undone with Ctrl+Z.
 */
final class HomeworkButtons {
    /** What the buttons ask of the person at the keyboard; the workbench's dialogs, or a test's answers. */
    interface Dialogs {
        /** A folder to write the forms to; null when cancelled. */
        Path folder(String title);

        /** Filled forms to import; empty when cancelled. */
        List<Path> forms(String title);

        /** A yes-or-no question with a text that may be long. */
        boolean ask(String title, String text);

        /** A report to read. */
        void tell(String title, String text);
    }

    private final Ui ui;
    private final Dialogs dialogs;
    private final Consumer<String> showPartner;

    private HomeworkButtons(Ui ui, Dialogs dialogs, Consumer<String> showPartner) {
        this.ui = ui;
        this.dialogs = dialogs;
        this.showPartner = showPartner;
    }

    /**
     * Adds the two buttons to {@code parent}.
     *
     * @param showPartner shows a partner whose form was imported
     */
    static void add(Composite parent, Ui ui, Dialogs dialogs, Consumer<String> showPartner) {
        HomeworkButtons b = new HomeworkButtons(ui, dialogs, showPartner);
        ui.section(parent, ui.say.get("screen.homework"));
        Button forms = ui.button(parent, ui.say.get("screen.homework.forms"), "homework.forms", b::writeForms);
        forms.setToolTipText(ui.say.get("screen.homework.formsHint"));
        forms.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button read = ui.button(parent, ui.say.get("screen.homework.import"), "homework.import", b::importForms);
        read.setToolTipText(ui.say.get("screen.homework.importHint"));
        read.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    private void writeForms() {
        Path folder = dialogs.folder(ui.say.get("screen.homework.folderTitle"));
        if (folder == null) {
            return;
        }
        HomeworkForm form = new HomeworkForm(ui.ctx.locale());
        List<Target> targets = form.targets(ui.ctx.dossier(), folder);
        ExistingForms existing = ExistingForms.of(targets, ui.ctx.dossier());
        if (!existing.existing().isEmpty() && !dialogs.ask(ui.say.get("screen.homework.overwriteTitle"),
                ui.say.format("screen.homework.overwrite", folder, existingNames(existing)))) {
            return;
        }
        List<Target> writable = existing.writable(targets);
        if (!writable.isEmpty()) {
            // the forms' check value needs the dossier's key; it is saved with the dossier
            ui.apply(FormKey.ensure());
        }
        Dossier d = ui.ctx.dossier();
        List<Path> written = new ArrayList<>();
        Exception[] failed = {null};
        BusyIndicator.showWhile(org.eclipse.swt.widgets.Display.getCurrent(), () -> {
            try {
                written.addAll(form.writeAll(d, writable));
            } catch (IOException | RuntimeException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            dialogs.tell(ui.say.get("screen.homework.forms"), ui.say.format("screen.homework.writeFailed", folder,
                    String.valueOf(failed[0].getMessage())));
            return;
        }
        List<String> report = new ArrayList<>();
        if (!written.isEmpty() || existing.filled().isEmpty()) {
            StringBuilder text = new StringBuilder(ui.say.format("screen.homework.written", written.size(), folder));
            for (Path p : written) {
                text.append('\n').append(p.getFileName());
            }
            report.add(text.toString());
        }
        for (Target t : existing.filled()) {
            report.add(ui.say.format("screen.homework.kept", t.file().getFileName()));
        }
        dialogs.tell(ui.say.get("screen.homework.forms"), String.join("\n\n", report));
    }

    private String existingNames(ExistingForms existing) {
        List<String> names = new ArrayList<>();
        for (Target t : existing.existing()) {
            String name = String.valueOf(t.file().getFileName());
            names.add(existing.isFilled(t) ? ui.say.format("screen.homework.existingFilled", name) : name);
        }
        return String.join("\n", names);
    }

    private void importForms() {
        List<Path> files = dialogs.forms(ui.say.get("screen.homework.filesTitle"));
        if (files.isEmpty()) {
            return;
        }
        List<String> report = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String last = null;
        OnePerPartner onePerPartner = new OnePerPartner();
        for (Path file : files) {
            String name = String.valueOf(file.getFileName());
            ImportedHomework h;
            try {
                // each form is read against the dossier as the forms before it left it
                h = HomeworkImport.read(file, name, ui.ctx.dossier());
                onePerPartner.admit(h);
            } catch (HomeworkRefusal r) {
                report.add(ui.say.format("screen.homework.refused", r.message(ui.ctx.locale())));
                continue;
            }
            String partner = ui.say.name(h.before());
            for (SkippedField s : h.skipped()) {
                skipped.add(ui.say.format("screen.homework.skipped", name, s.message(ui.ctx.locale())));
            }
            if (!h.hasChanges()) {
                report.add(ui.say.format("screen.homework.unchanged", partner, name));
                continue;
            }
            List<HomeworkChange> changes = h.changes(ui.ctx.locale());
            if (h.overwrites() && !dialogs.ask(ui.say.get("screen.homework.askTitle"), ui.say.format(
                    "screen.homework.ask", partner, name, changes.size(), lines(changes)))) {
                report.add(ui.say.format("screen.homework.declined", partner, name));
                continue;
            }
            boolean remove = !h.removals().isEmpty() && dialogs.ask(ui.say.get("screen.homework.removeTitle"),
                    ui.say.format("screen.homework.remove", partner, name, h.removals().size(),
                            String.join("\n", h.removalsShown(ui.ctx.locale()))));
            if (remove || !h.before().equals(h.proposed())) { // a kept removal alone is no edit to undo
                ui.apply(h.edit(remove));
                last = h.partnerId();
            }
            if (!changes.isEmpty()) {
                report.add(ui.say.format("screen.homework.imported", partner, name, changes.size()) + "\n"
                        + lines(changes));
            } else if (!remove) {
                report.add(ui.say.format("screen.homework.unchanged", partner, name));
            }
            if (!h.removals().isEmpty()) {
                report.add(ui.say.format(remove ? "screen.homework.removed" : "screen.homework.keptLines",
                        h.removals().size()));
            }
        }
        if (last != null) {
            showPartner.accept(last);
        }
        report.addAll(skipped);
        dialogs.tell(ui.say.get("screen.homework.reportTitle"), String.join("\n\n", report));
    }

    private String lines(List<HomeworkChange> changes) {
        List<String> out = new ArrayList<>();
        for (HomeworkChange c : changes) {
            out.add(ui.say.format("screen.homework.change", c.label(),
                    c.before().isBlank() ? ui.say.get("screen.homework.empty") : c.before(),
                    c.after().isBlank() ? ui.say.get("screen.homework.empty") : c.after()));
        }
        return String.join("\n", out);
    }
}
