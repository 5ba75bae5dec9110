package nl.koers.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Lens;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.domain.Texts;
import nl.koers.domain.edit.Edit;
import nl.koers.domain.edit.Edits;

/**
 * The chosen partner's representatives on the dossier's page: their list, and the name, function and lenses of the
 * one chosen. Every change goes out as an edit of the partner.
 */
final class RepresentativesForm {
    private final Consumer<Edit> edits;
    private final Supplier<Partner> partner;
    private final Supplier<String> partnerId;
    private final Table representatives;
    private final Button removeRepresentative;
    private final Composite repForm;
    private final Text repName;
    private final Text repFunction;
    private final List<Button> lensBoxes = new ArrayList<>();
    private final Texts texts;
    private final Texts words;
    private String representativeId;

    /**
     * @param partner the partner shown
     * @param partnerId its id, also when an undo took it away
     */
    RepresentativesForm(Composite partnerForm, Form form, Texts texts, Texts words, Consumer<Edit> edits,
            Supplier<Partner> partner, Supplier<String> partnerId) {
        this.texts = texts;
        this.words = words;
        this.edits = edits;
        this.partner = partner;
        this.partnerId = partnerId;
        Label repLabel = new Label(partnerForm, SWT.NONE);
        repLabel.setText(texts.get("partner.representatives"));
        repLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, 2, 1));
        representatives = DossierPage.table(partnerForm, "partner.representatives", texts.get("partner.rep.column.name"),
                texts.get("partner.rep.column.function"), texts.get("partner.rep.column.lenses"));
        ((GridData) representatives.getLayoutData()).horizontalSpan = 2;
        representatives.addListener(SWT.Selection, e -> {
            int i = representatives.getSelectionIndex();
            var reps = partner().representatives();
            representativeId = i >= 0 && i < reps.size() ? reps.get(i).id() : null;
            showRepresentative();
        });
        Composite repButtons = DossierPage.buttons(partnerForm);
        ((GridData) repButtons.getLayoutData()).horizontalSpan = 2;
        DossierPage.button(repButtons, texts.get("partner.rep.add"), "partner.rep.add", this::addRepresentative);
        removeRepresentative = DossierPage.button(repButtons, texts.get("partner.rep.remove"), "partner.rep.remove",
                () -> edits.accept(Edits.partner("edit.updatePartner", partnerId.get(),
                        p -> p.withoutRepresentative(representativeId))));

        repForm = new Composite(partnerForm, SWT.NONE);
        repForm.setLayout(new GridLayout(2, false));
        repForm.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        repName = form.text(repForm, texts.get("partner.rep.name"), "partner.rep.name", () -> representative().name(),
                v -> updateRepresentative(new Representative(representativeId, v, representative().function(),
                        representative().lenses())));
        repFunction = form.text(repForm, texts.get("partner.rep.function"), "partner.rep.function",
                () -> representative().function(),
                v -> updateRepresentative(new Representative(representativeId, representative().name(), v,
                        representative().lenses())));
        new Label(repForm, SWT.NONE).setText(texts.get("partner.rep.lenses"));
        Composite lenses = new Composite(repForm, SWT.NONE);
        lenses.setLayout(new RowLayout());
        for (Lens lens : Lens.values()) {
            Button box = new Button(lenses, SWT.CHECK);
            box.setText(words.label(lens));
            box.setData(Ids.KEY, "partner.rep.lens." + lens.name());
            box.addListener(SWT.Selection, e -> toggleLens(lens, box.getSelection()));
            lensBoxes.add(box);
        }
        new Label(repForm, SWT.NONE);
        Label hint = new Label(repForm, SWT.NONE);
        hint.setText(texts.get("partner.rep.lensesHint"));
    }

    /** No representative chosen: as when another partner is chosen. */
    void chooseNone() {
        representativeId = null;
    }

    /** Shows the representatives of {@code p}; the chosen one stays chosen while it is there. */
    void show(Partner p) {
        representatives.setItemCount(p.representatives().size());
        for (int i = 0; i < p.representatives().size(); i++) {
            Representative r = p.representatives().get(i);
            representatives.getItem(i).setText(new String[] { r.name(), r.function(),
                    String.join(", ", r.lenses().stream().map(words::label).toList()) });
        }
        DossierPage.fitColumns(representatives);
        showRepresentative();
    }

    private void showRepresentative() {
        var reps = partner().representatives();
        int index = DossierPage.indexOf(reps.stream().map(Representative::id).toList(), representativeId);
        if (index >= 0) {
            representatives.setSelection(index);
        } else {
            representatives.deselectAll();
        }
        removeRepresentative.setEnabled(index >= 0);
        repForm.setVisible(index >= 0);
        if (index >= 0) {
            Representative r = reps.get(index);
            Form.show(repName, r.name());
            Form.show(repFunction, r.function());
            for (Lens lens : Lens.values()) {
                lensBoxes.get(lens.ordinal()).setSelection(r.lenses().contains(lens));
            }
        }
    }

    private void addRepresentative() {
        Representative r = Representative.of(texts.get("partner.rep.new"), "");
        representativeId = r.id();
        edits.accept(Edits.partner("edit.updatePartner", partnerId.get(), p -> p.withRepresentative(r)));
        repName.setFocus();
        repName.selectAll();
    }

    private void toggleLens(Lens lens, boolean on) {
        List<Lens> lenses = new ArrayList<>(representative().lenses());
        if (on) {
            lenses.add(lens);
        } else {
            lenses.remove(lens);
        }
        Representative r = representative();
        updateRepresentative(new Representative(r.id(), r.name(), r.function(), lenses));
    }

    private void updateRepresentative(Representative r) {
        edits.accept(Edits.partner("edit.updatePartner", partnerId.get(), p -> p.withRepresentative(r)));
    }

    private Partner partner() {
        return partner.get();
    }

    private Representative representative() {
        return partner().representatives().stream().filter(r -> r.id().equals(representativeId)).findFirst()
                .orElseGet(() -> new Representative(representativeId, "", "", List.of()));
    }
}
