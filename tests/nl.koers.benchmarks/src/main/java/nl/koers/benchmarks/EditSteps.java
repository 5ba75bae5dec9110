package nl.koers.benchmarks;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.CanvasEdits;
import nl.koers.domain.edit.Edit;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.belangendialoog.internal.screen.BelangendialoogScreens;
import nl.koers.instrument.brengenhalen.internal.screen.BrengenhalenScreens;
import nl.koers.instrument.netwerkambitie.internal.screen.NetwerkambitieScreens;
import nl.koers.instrument.partnermodel.internal.screen.PartnermodelScreens;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * Each instrument's busiest steps, and the edit the benchmark makes on each: a key typed into a field where the step
 * has one, otherwise an edit that reaches the step through the document (as from another face: the step shows
 * what the others type), which changes what the step's analyses work on.
 */
final class EditSteps {
    /**
     * One step to time.
     *
     * @param field the id of the field to type into (without the instrument's prefix), or null to edit through the
     *        document
     * @param edit the edit through the document, for the {@code k}-th time; null when a field is typed into
     * @param hover the id of the control the mouse rests on while the edits land, or null: the mouse is elsewhere
     * @param tab the tab chosen before the edits, or null: the step as it opens
     */
    record EditStep(String key, Supplier<InstrumentScreens> screens, String prefix, int step, String field,
            BiFunction<Dossier, Integer, Edit> edit, String hover, Tab tab) {
        EditStep(String key, Supplier<InstrumentScreens> screens, String prefix, int step, String field,
                BiFunction<Dossier, Integer, Edit> edit) {
            this(key, screens, prefix, step, field, edit, null, null);
        }
    }

    /** A tab of a step's tab folder: the folder's id and the tab's index. */
    record Tab(String folder, int index) {
    }

    private EditSteps() {
    }

    static List<EditStep> all() {
        return List.of(
                new EditStep("edit.netwerkambitie.interests", NetwerkambitieScreens::new, "netwerkambitie.", 0,
                        "interest.p0-i1.text", null),
                new EditStep("edit.netwerkambitie.exchange", NetwerkambitieScreens::new, "netwerkambitie.", 2, null,
                        EditSteps::contribution),
                new EditStep("edit.brengenhalen.conversation", BrengenhalenScreens::new, "brengenhalen.", 3,
                        "notes", null),
                new EditStep("edit.brengenhalen.commonalities", BrengenhalenScreens::new, "brengenhalen.", 4, null,
                        EditSteps::contribution),
                // the balance's tab chosen: it is drawn only then
                new EditStep("edit.brengenhalen.balance", BrengenhalenScreens::new, "brengenhalen.", 5, null,
                        EditSteps::contribution, null, new Tab("figure.tabs", 1)),
                new EditStep("edit.belangendialoog.dialogue", BelangendialoogScreens::new, "belangendialoog.", 0, null,
                        EditSteps::interest),
                new EditStep("edit.belangendialoog.lenses", BelangendialoogScreens::new, "belangendialoog.", 1,
                        "person.p0-r1.name", null),
                new EditStep("edit.belangendialoog.levels", BelangendialoogScreens::new, "belangendialoog.", 3,
                        "interest.p0-i1.text", null),
                new EditStep("edit.belangendialoog.positions", BelangendialoogScreens::new, "belangendialoog.", 5,
                        "position.p0-pos0.why.0", null),
                new EditStep("edit.belangendialoog.board", BelangendialoogScreens::new, "belangendialoog.", 6, null,
                        EditSteps::interest),
                // the analysis lands while the facilitator's mouse rests on the choice of interests to link
                new EditStep("edit.belangendialoog.board.mouseOnChoice", BelangendialoogScreens::new,
                        "belangendialoog.", 6, null, EditSteps::interest, "link.first", null),
                new EditStep("edit.partnermodel.canvas",
                        () -> new PartnermodelScreens(TemplateCatalogue.standardOnly()), "partnermodel.", 0, null,
                        EditSteps::note));
    }

    /** The first partner's first contribution, worded a little differently each time. */
    private static Edit contribution(Dossier d, int k) {
        Partner p = d.partners().get(0);
        Contribution c = p.contributions().get(0);
        return Edits.updateContribution(p.id(), new Contribution(c.id(), c.direction(), c.category(),
                c.description() + " " + k, c.amount(), c.unit(), c.firmness()));
    }

    private static Edit interest(Dossier d, int k) {
        Partner p = d.partners().get(0);
        Interest i = p.interests().get(1);
        return Edits.updateInterest(p.id(), new Interest(i.id(), i.text() + " " + k, i.level(), i.firmness(),
                i.coreValue()));
    }

    private static Edit note(Dossier d, int k) {
        CanvasNote n = d.canvasNotes().get(0);
        return CanvasEdits.updateNote(new CanvasNote(n.id(), n.blockId(), n.text() + " " + k, n.colour(),
                n.partnerId()));
    }
}
