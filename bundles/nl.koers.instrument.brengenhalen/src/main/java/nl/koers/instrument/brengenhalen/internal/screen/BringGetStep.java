package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.List;

import org.eclipse.swt.widgets.Composite;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.ContributionsEditor;
import nl.koers.instrument.api.swt.kit.PartnerChoice;

/**
 * Step 3, homework on bringing and getting: what a partner wants to put in and what it wants to take out, each
 * with a category, a description, an amount and unit (as concrete as it can be made), wish or demand. An item
 * without an amount or a unit is marked: make it concrete.
 */
final class BringGetStep extends PartnerStep {
    private final ContributionsEditor contributions;

    BringGetStep(Composite parent, WorkContext ctx, PartnerChoice choice,
            java.util.function.Function<Composite, HomeworkButtons.Dialogs> dialogs) {
        super(parent, ctx, choice, dialogs);
        contributions = new ContributionsEditor(ui, partners, words("screen.bring"), words("screen.get"),
                List.of(ui.say.get("unit.suggestions").split("\\|")), true);
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
