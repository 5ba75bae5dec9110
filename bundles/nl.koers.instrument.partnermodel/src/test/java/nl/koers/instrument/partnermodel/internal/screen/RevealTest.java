package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.Found;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/** A note a search found opens the step in which its block stands out; anything else opens none. */
class RevealTest {
    private static final Dossier DOSSIER = Dossier.titled("Zon").withCanvasNotes(List.of(
            new CanvasNote("n-gov", "governance", "Stuurgroep", null, null),
            new CanvasNote("n-brand", "branding", "Eigen logo", null, null),
            new CanvasNote("n-offer", "offer", "Energie-advies", null, null)));

    @Test
    void aNoteOpensTheStepOfItsBlock() {
        PartnermodelScreens screens = new PartnermodelScreens(TemplateCatalogue.standardOnly());
        assertEquals(3, screens.reveal(DOSSIER, note("n-gov")), "governance stands out in step 4");
        assertEquals(4, screens.reveal(DOSSIER, note("n-brand")), "branding in step 5");
        assertEquals(2, screens.reveal(DOSSIER, note("n-offer")), "the offer in step 3");
        assertEquals(-1, screens.reveal(DOSSIER, new Found(Found.Kind.INTEREST, "p", "i", "tekst", 0, 5)));
    }

    private static Found note(String id) {
        return new Found(Found.Kind.CANVAS_NOTE, "", id, "tekst", 0, 5);
    }
}
