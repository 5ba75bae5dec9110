package nl.koers.shell.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.PartnerSelection;
import nl.koers.domain.PartnerSelection.Criterion;
import nl.koers.domain.Rating;
import nl.koers.domain.Texts;
import nl.koers.domain.analysis.SelectionSummary;
import nl.koers.domain.edit.Edit;
import nl.koers.domain.edit.Edits;

/**
 * Partner selection on the dossier page: for the chosen partner a short mark and a remark on each criterion (relation
 * with the subject, experience and click, how broad, energy), and for the table as a whole a summary: the number of
 * partners against a workable number, who has no clear relation with the subject, and where the energy is.
 */
final class SelectionForm {
    private final Texts texts;
    private final Texts words;
    private final Supplier<Partner> partner;
    private final Consumer<Edit> edits;
    private final Map<Criterion, Combo> marks = new EnumMap<>(Criterion.class);
    private final Map<Criterion, Text> remarks = new EnumMap<>(Criterion.class);

    /** Adds the rows to {@code parent}, a form of two columns. */
    SelectionForm(Composite parent, Form form, Texts texts, Texts words, Supplier<Partner> partner,
            Consumer<Edit> edits) {
        this.texts = texts;
        this.words = words;
        this.partner = partner;
        this.edits = edits;
        Label heading = new Label(parent, SWT.NONE);
        heading.setText(texts.get("selection.group"));
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, 2, 1));
        for (Criterion c : Criterion.values()) {
            new Label(parent, SWT.NONE).setText(words.get("Criterion." + c.name()));
            Composite row = new Composite(parent, SWT.NONE);
            GridLayout layout = new GridLayout(3, false);
            layout.marginWidth = 0;
            layout.marginHeight = 0;
            row.setLayout(layout);
            row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            Combo mark = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
            mark.setData(Ids.KEY, "selection." + c.name());
            mark.setItems(items(c));
            mark.addListener(SWT.Selection, e -> change(partner.get().selection().withRating(c,
                    mark.getSelectionIndex() <= 0 ? null : Rating.values()[mark.getSelectionIndex() - 1])));
            marks.put(c, mark);
            remarks.put(c, form.text(row, texts.get("selection.remark"), "selection." + c.name() + ".remark",
                    () -> partner.get().selection().remark(c),
                    v -> change(partner.get().selection().withRemark(c, v))));
        }
    }

    /** Shows the chosen partner's marks and remarks. */
    void show(Partner p) {
        for (Criterion c : Criterion.values()) {
            Rating r = p.selection().rating(c);
            Form.show(marks.get(c), r == null ? 0 : r.ordinal() + 1);
            Form.show(remarks.get(c), p.selection().remark(c));
        }
    }

    /** The summary of the table as a person reads it, one line per finding. */
    String summary(Dossier d) {
        SelectionSummary s = SelectionSummary.of(d);
        String count = texts.format(s.tooMany() ? "selection.summary.tooMany" : "selection.summary.count",
                s.partners(), s.workable());
        String unclear = s.unclearRelation().isEmpty() ? texts.get("selection.summary.allClear")
                : texts.format("selection.summary.unclear", names(s.unclearRelation()));
        String energy = s.energy().isEmpty() ? texts.get("selection.summary.noEnergy")
                : texts.format("selection.summary.energy", names(s.energy()));
        if (!s.littleEnergy().isEmpty()) {
            energy += " " + texts.format("selection.summary.littleEnergy", names(s.littleEnergy()));
        }
        return d.partners().isEmpty() ? count : String.join("\n", count, unclear, energy);
    }

    private void change(PartnerSelection selection) {
        Partner p = partner.get();
        if (!selection.equals(p.selection())) {
            edits.accept(Edits.selection(p.id(), selection));
        }
    }

    private String[] items(Criterion c) {
        String[] items = new String[Rating.values().length + 1];
        items[0] = texts.get("selection.notJudged");
        for (Rating r : Rating.values()) {
            items[r.ordinal() + 1] = words.get(c.name() + "." + r.name());
        }
        return items;
    }

    private static String names(List<Partner> partners) {
        return String.join(", ", partners.stream().map(Partner::name).toList());
    }
}
