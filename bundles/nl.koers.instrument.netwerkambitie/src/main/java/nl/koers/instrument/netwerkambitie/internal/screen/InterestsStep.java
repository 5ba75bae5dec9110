package nl.koers.instrument.netwerkambitie.internal.screen;

import org.eclipse.swt.widgets.Composite;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.InterestsEditor;
import nl.koers.instrument.api.swt.kit.PartnerChoice;

/**
 * Step 1, belangen: the first part of a partner's interest card. Its own interests (of the person at the
 * table or of the organisation) and its view of the overarching interest of the collaboration (level network),
 * each a wish or a demand.
 */
final class InterestsStep extends PartnerStep {
    private final InterestsEditor interests;

    InterestsStep(Composite parent, WorkContext ctx, PartnerChoice choice) {
        super(parent, ctx, choice);
        interests = new InterestsEditor(ui, partners, words("screen.interests.own"),
                words("screen.interests.network"));
        start();
    }

    @Override
    public void build(Composite content) {
        interests.build(content);
    }

    @Override
    public boolean show(Dossier dossier, Partner partner) {
        return interests.show(dossier, partner);
    }
}
