package nl.koers.instrument.brengenhalen.internal.screen;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.PartnerChoice;

/**
 * Step 1, homework on essence and ambition: what the collaboration is about for this partner, in its own words.
 * A text of a few sentences, as the partner wrote it in the homework.
 */
final class EssenceStep extends PartnerStep {
    private Text essence;

    EssenceStep(Composite parent, WorkContext ctx, PartnerChoice choice,
            java.util.function.Function<Composite, HomeworkButtons.Dialogs> dialogs) {
        super(parent, ctx, choice, dialogs);
        start();
    }

    @Override
    public void build(Composite content) {
        ui.section(content, ui.say.get("screen.essence"));
        ui.hint(content, ui.say.get("screen.essenceHint"));
        essence = ui.field(content, org.eclipse.swt.SWT.MULTI | org.eclipse.swt.SWT.WRAP
                | org.eclipse.swt.SWT.V_SCROLL, "essence", v -> {
                    if (partnerId() != null) {
                        ui.apply(Edits.setEssence(partnerId(), v));
                    }
                });
        org.eclipse.swt.layout.GridData d = Ui.fill();
        d.heightHint = essence.getLineHeight() * (ui.stacked() ? 6 : 8);
        essence.setLayoutData(d);
        ui.hint(content, ui.say.get("screen.essenceCommit"));
    }

    @Override
    public boolean show(Dossier dossier, Partner partner) {
        Ui.show(essence, partner.essence());
        return false;
    }
}
