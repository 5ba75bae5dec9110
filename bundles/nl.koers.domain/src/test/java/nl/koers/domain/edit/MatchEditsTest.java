package nl.koers.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.MatchDecision.Verdict;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;

class MatchEditsTest {
    private final Contribution coaches = Contribution.bring(Category.PEOPLE, "Coaches");
    private final Contribution wanted = Contribution.get(Category.PEOPLE, "Coaches voor jongeren");
    private final DossierSession session = new DossierSession(Dossier.titled("Jongeren aan het werk").withPartners(
            List.of(Partner.of("ROC", Role.CORE).withContributions(List.of(coaches)),
                    Partner.of("Gemeente", Role.CORE).withContributions(List.of(wanted)))));

    @Test
    void aDecisionReplacesTheOldOneAndUndoBringsItBack() {
        session.apply(MatchEdits.dismiss(coaches.id(), wanted.id()));
        assertEquals(Verdict.DISMISSED,
                session.dossier().matchDecision(coaches.id(), wanted.id()).orElseThrow().verdict());
        session.apply(MatchEdits.confirm(coaches.id(), wanted.id()));
        assertEquals(List.of(new MatchDecision(coaches.id(), wanted.id(), Verdict.CONFIRMED)),
                session.dossier().matchDecisions(), "one decision per pair");
        assertEquals("edit.confirmMatch", session.undoLabel().orElseThrow());
        session.undo();
        assertTrue(session.dossier().matchDecision(coaches.id(), wanted.id()).orElseThrow().dismissed());
        session.apply(MatchEdits.undecide(coaches.id(), wanted.id()));
        assertTrue(session.dossier().matchDecisions().isEmpty());
    }

    @Test
    void aDecisionAboutAnItemThatIsNotThereIsRefused() {
        EditRefused refused = assertThrows(EditRefused.class,
                () -> session.apply(MatchEdits.confirm(coaches.id(), "c-weg")));
        assertEquals(EditRefused.Reason.CONTRIBUTION_MISSING, refused.reason());
        assertTrue(session.dossier().matchDecisions().isEmpty());
    }
}
