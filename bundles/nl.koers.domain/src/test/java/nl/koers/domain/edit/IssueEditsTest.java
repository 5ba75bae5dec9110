package nl.koers.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.domain.PartnerSelection;
import nl.koers.domain.PartnerSelection.Criterion;
import nl.koers.domain.Rating;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.SelectionSummary;

class IssueEditsTest {
    private final Partner gemeente = Partner.of("Gemeente Utrecht", Role.CORE);
    private final DossierSession session = new DossierSession(Dossier.titled("Jongeren aan het werk"));

    @Test
    void aPointIsAddedAssignedClosedAndUndoneStepByStep() {
        session.apply(Edits.addPartner(gemeente));
        OpenIssue point = OpenIssue.of("Wie betaalt de coaches?", gemeente.id());
        session.apply(IssueEdits.add(point));
        session.apply(IssueEdits.update(point.withOwner(gemeente.id(), "Anna de Vries")
                .withDate(LocalDate.of(2026, 3, 1)).withStatus(IssueStatus.AGREED)));

        OpenIssue agreed = session.dossier().openIssue(point.id()).orElseThrow();
        assertEquals(IssueStatus.AGREED, agreed.status());
        assertEquals("Anna de Vries (Gemeente Utrecht)", agreed.owner(session.dossier()));
        assertEquals("edit.updateOpenIssue", session.undoLabel().orElseThrow());
        session.undo();
        assertEquals(IssueStatus.OPEN, session.dossier().openIssues().get(0).status());
        session.apply(IssueEdits.remove(point.id()));
        assertTrue(session.dossier().openIssues().isEmpty());
    }

    @Test
    void aPointOfAPartnerThatLeavesKeepsItsNameAsOwner() {
        session.apply(Edits.addPartner(gemeente));
        session.apply(IssueEdits.add(OpenIssue.of("Privacy van de deelnemers", gemeente.id())));
        session.apply(Edits.removePartner(gemeente.id()));
        OpenIssue kept = session.dossier().openIssues().get(0);
        assertEquals("", kept.partnerId());
        assertEquals("Gemeente Utrecht", kept.owner(session.dossier()));
    }

    @Test
    void aPointThatIsGoneOrThereAlreadyIsRefused() {
        OpenIssue point = OpenIssue.of("Wie betaalt?", "");
        session.apply(IssueEdits.add(point));
        assertThrows(EditRefused.class, () -> session.apply(IssueEdits.add(point)));
        assertThrows(EditRefused.class, () -> session.apply(IssueEdits.update(OpenIssue.of("ander", ""))));
        assertEquals(1, session.dossier().openIssues().size());
    }

    @Test
    void selectionCriteriaShowInTheSummary() {
        Partner school = Partner.of("ROC Midden", Role.CORE);
        Partner bank = Partner.of("Rabobank", Role.CHAIN);
        session.apply(Edits.addPartner(gemeente));
        session.apply(Edits.addPartner(school));
        session.apply(Edits.addPartner(bank));
        session.apply(Edits.selection(gemeente.id(), PartnerSelection.NONE.withRating(Criterion.RELATION, Rating.HIGH)
                .withRating(Criterion.ENERGY, Rating.HIGH).withRemark(Criterion.ENERGY, "trekt de kar")));
        session.apply(Edits.selection(bank.id(), PartnerSelection.NONE.withRating(Criterion.RELATION, Rating.LOW)
                .withRating(Criterion.ENERGY, Rating.LOW)));

        SelectionSummary summary = SelectionSummary.of(session.dossier(), 2);
        assertTrue(summary.tooMany());
        assertEquals(List.of("ROC Midden", "Rabobank"), summary.unclearRelation().stream().map(Partner::name).toList());
        assertEquals(List.of("Gemeente Utrecht"), summary.energy().stream().map(Partner::name).toList());
        assertEquals(List.of("Rabobank"), summary.littleEnergy().stream().map(Partner::name).toList());
        assertEquals("trekt de kar", session.dossier().partner(gemeente.id()).orElseThrow().selection()
                .remark(Criterion.ENERGY));
        assertEquals("edit.partnerSelection", session.undoLabel().orElseThrow());
    }
}
