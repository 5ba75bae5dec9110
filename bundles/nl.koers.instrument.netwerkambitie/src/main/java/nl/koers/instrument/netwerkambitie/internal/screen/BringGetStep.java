package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.List;

import org.eclipse.swt.widgets.Composite;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.ContributionsEditor;
import nl.koers.instrument.api.swt.kit.PartnerChoice;

/**
 * Step 2, brengen en halen: the second part of a partner's interest card. What it comes to bring and what it
 * comes to get: a category, a description, an amount and unit where it can be made concrete, wish or demand.
 */
final class BringGetStep extends PartnerStep {
    private final ContributionsEditor contributions;

    BringGetStep(Composite parent, WorkContext ctx, PartnerChoice choice) {
        super(parent, ctx, choice);
        contributions = new ContributionsEditor(ui, partners, words("screen.bring"), words("screen.get"),
                List.of(ui.say.get("unit.suggestions").split("\\|")), false);
        start();
    }

    @Override
    public void build(Composite content) {
        contributions.build(content);
    }

    @Override
    public boolean show(Dossier dossier, Partner partner) {
        return contributions.show(dossier, partner);
    }
}
