package nl.koers.instrument.partnermodel.internal.screen;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.CanvasEdits;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock;

/**
 * Beside the canvas: a new note (its text, block, partner and colour), and the selected note to reword, move
 * to another block, give to another partner, or take off. Everything the mouse does on the canvas can be done
 * here with the keyboard.
 */
final class NotePanel {
    /** The panel as its parent lays it out: a scrolling view on {@link #root}. */
    final Scroll scroll;
    final Composite root;
    private final Ui ui;
    private final Text newText;
    private final Combo newBlock;
    private final PartnerPicker newPartner;
    private Combo newColour;
    private final Text text;
    private final Combo block;
    private final PartnerPicker partner;
    private final Combo colour;
    private final Button remove;
    private CanvasTemplate template;
    private List<TemplateBlock> blocks = List.of();
    private List<Partner> partners = List.of();
    private CanvasNote note;
    private java.util.function.Consumer<String> added = id -> {
    };

    NotePanel(Composite parent, Ui ui) {
        this.ui = ui;
        // the panel scrolls on its own: on a laptop screen it is taller than the canvas beside it
        scroll = new Scroll(parent, true);
        GridData d = new GridData(SWT.FILL, SWT.FILL, false, true);
        d.widthHint = ui.charWidth() * 30;
        d.heightHint = 100;
        scroll.scrolled.setLayoutData(d);
        root = scroll.content;
        ui.section(root, ui.say.get("note.new"));
        newText = ui.named(new Text(root, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "note.new");
        newText.setFont(ui.font());
        newText.setMessage(ui.say.get("note.newMessage"));
        GridData t = Ui.fill();
        t.heightHint = newText.getLineHeight() * 3;
        newText.setLayoutData(t);
        newText.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN && (e.stateMask & SWT.MOD1) != 0) {
                e.doit = false;
                add();
            } else if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                e.doit = true;
            }
        });
        newBlock = labelled(root, "note.newBlock", "note.block", i -> {
        });
        newPartner = picker(root, "note.newPartner", i -> {
            if (i > 0) {
                newColour.select(NoteColours.indexOf(NoteColours.forPartner(i - 1)));
            }
        });
        newColour = labelled(root, "note.newColour", "note.colour", i -> {
        });
        newColour.setItems(NoteColours.names(ui.say));
        newColour.select(0);
        ui.button(root, ui.say.get("note.add"), "note.add", this::add);

        ui.section(root, ui.say.get("note.selected"));
        text = ui.field(root, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, "note.text",
                s -> change(n -> n.withText(s.strip())));
        GridData tt = Ui.fill();
        tt.heightHint = text.getLineHeight() * 3;
        text.setLayoutData(tt);
        block = labelled(root, "note.block", "note.moveTo", i -> {
            if (note != null && i >= 0 && i < blocks.size()) {
                ui.apply(CanvasEdits.moveNote(note.id(), blocks.get(i).id()));
            }
        });
        partner = picker(root, "note.partner",
                i -> change(n -> n.withPartner(i <= 0 ? "" : partners.get(i - 1).id())));
        colour = labelled(root, "note.colour", "note.colour",
                i -> change(n -> n.withColour(NoteColours.HEX.get(Math.max(0, i)))));
        colour.setItems(NoteColours.names(ui.say));
        remove = ui.button(root, ui.say.get("note.remove"), "note.remove", () -> {
            if (note != null) {
                ui.apply(CanvasEdits.removeNote(note.id()));
            }
        });
        ui.hint(root, ui.say.get("note.keys"));
        scroll.reflow();
    }

    /** Hears the id of every note added here, so the canvas can select it. */
    void onAdded(java.util.function.Consumer<String> listener) {
        this.added = listener;
    }

    private Combo labelled(Composite parent, String id, String labelKey, java.util.function.IntConsumer chosen) {
        ui.label(parent, ui.say.get(labelKey));
        Combo c = ui.choice(parent, id, new String[0], chosen);
        c.setLayoutData(Ui.fill());
        return c;
    }

    /** A choice of partner, or the whole table (item 0), that holds no row per partner until it is opened. */
    private PartnerPicker picker(Composite parent, String id, java.util.function.IntConsumer chosen) {
        ui.label(parent, ui.say.get("note.partner"));
        return new PartnerPicker(parent, ui, id, chosen);
    }

    private void change(java.util.function.UnaryOperator<CanvasNote> how) {
        if (note != null) {
            ui.apply(CanvasEdits.updateNote(how.apply(note)));
        }
    }

    /** The block a new note goes to, when the user has not chosen one: the first the step works on. */
    void preferBlock(String blockId) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).id().equals(blockId)) {
                newBlock.select(i);
            }
        }
    }

    private void add() {
        String s = newText.getText().strip();
        int b = newBlock.getSelectionIndex();
        if (s.isEmpty() || b < 0) {
            newText.getDisplay().beep();
            return;
        }
        int p = newPartner.getSelectionIndex();
        CanvasNote n = CanvasNote.of(blocks.get(b).id(), s, NoteColours.HEX.get(Math.max(0, newColour.getSelectionIndex())),
                p <= 0 ? "" : partners.get(p - 1).id());
        ui.apply(CanvasEdits.addNote(n));
        newText.setText("");
        added.accept(n.id());
    }

    /** Shows the template's blocks, the dossier's partners, and the selected note (none: empty). */
    void show(CanvasTemplate t, Dossier d, Optional<CanvasNote> selected) {
        if (t != template) {
            template = t;
            blocks = t.blocks();
            String[] names = blocks.stream().map(ui.say::name).toArray(String[]::new);
            int keep = newBlock.getSelectionIndex();
            newBlock.setItems(names);
            block.setItems(names);
            newBlock.select(Math.max(0, Math.min(keep, names.length - 1)));
        }
        if (!d.partners().equals(partners)) {
            partners = d.partners();
            String[] names = new String[partners.size() + 1];
            names[0] = ui.say.get("note.table");
            for (int i = 0; i < partners.size(); i++) {
                names[i + 1] = ui.say.name(partners.get(i));
            }
            int keep = newPartner.getSelectionIndex();
            newPartner.setItems(names);
            partner.setItems(names);
            newPartner.select(Math.max(0, Math.min(keep, names.length - 1)));
        }
        note = selected.orElse(null);
        boolean on = note != null;
        for (var c : new org.eclipse.swt.widgets.Control[] {text, block, colour, remove}) {
            c.setEnabled(on);
        }
        partner.setEnabled(on);
        if (!on) {
            Ui.show(text, "");
            deselect(block);
            partner.deselectAll();
            deselect(colour);
            return;
        }
        Ui.show(text, note.text());
        Ui.show(block, indexOfBlock(note.blockId()));
        int pi = 0;
        for (int i = 0; i < partners.size(); i++) {
            if (partners.get(i).id().equals(note.partnerId())) {
                pi = i + 1;
            }
        }
        partner.select(pi);
        int ci = NoteColours.indexOf(note.colour());
        if (ci < 0) {
            deselect(colour);
        } else {
            Ui.show(colour, ci);
        }
    }

    /**
     * Shows no choice, unless none is shown already: GTK measures every item of a choice that is told so, and with
     * hundreds of partners that made each edit on the canvas wait.
     */
    private static void deselect(Combo c) {
        if (c.getSelectionIndex() >= 0) {
            c.deselectAll();
        }
    }

    private int indexOfBlock(String blockId) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).id().equals(blockId)) {
                return i;
            }
        }
        return -1;
    }

    /** Puts the cursor in the selected note's text, to reword it. */
    void editText() {
        if (text.isEnabled()) {
            text.setFocus();
            text.selectAll();
        }
    }
}
