package nl.koers.report.internal;

import static nl.koers.report.internal.ReportsComponentTest.DUTCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.domain.Recognition;
import nl.koers.domain.Role;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.Block.Paragraph.Kind;
import nl.koers.instrument.api.report.Report;

/** The agreement note drafted from a dossier: what was agreed, and what the partners still have to fill in. */
class AgreementNoteTest {
    private final ReportsComponent reports = new ReportsComponent((what, e) -> { },
            ReportsComponentTest.SINTERKLAAS, ReportsComponent.PATIENCE);

    private final Contribution uren = new Contribution(null, null, Category.PEOPLE, "begeleiders", new BigDecimal(
            "16"), "uur/maand", null);
    private final Contribution plekken = Contribution.get(Category.PEOPLE, "begeleiding op de werkvloer");
    private final Partner gemeente = Partner.of("Gemeente Waalstede", Role.CORE).withContribution(plekken);
    private final Partner roc = Partner.of("ROC Rivierenland", Role.CORE).withContribution(uren);
    private final Partner bakker = Partner.of("Bakkerij Brood & Zo", Role.CHAIN);

    private Dossier agreed() {
        AmbitionVersion first = AmbitionVersion.of(1, LocalDate.of(2026, 10, 1), "Elke jongere een plek");
        AmbitionVersion second = first.nextRound(LocalDate.of(2026, 11, 12)).withStatement(
                "Elke jongere in Waalstede binnen een jaar aan het werk")
                .withEndorsement(gemeente.id(), new Endorsement(Recognition.YES, "helemaal"))
                .withEndorsement(roc.id(), new Endorsement(Recognition.PARTLY, "een jaar is kort"));
        return Dossier.titled("Jongeren aan het werk").withPartner(gemeente).withPartner(roc).withPartner(bakker)
                .withAmbition(new Ambition(List.of(first, second)))
                .withMatchDecisions(List.of(new MatchDecision(uren.id(), plekken.id(),
                        MatchDecision.Verdict.CONFIRMED)))
                .withCanvasNotes(List.of(CanvasNote.of("governance", "Stuurgroep van de kernpartners", "#fff",
                        gemeente.id()), CanvasNote.of("offer", "Leerwerkplekken", "#fff", "")))
                .withOpenIssues(List.of(new OpenIssue(null, "Wie betaalt de coördinator?", "", "", null,
                        IssueStatus.OPEN), new OpenIssue(null, "Verzekering stagiairs", roc.id(), "Piet", null,
                                IssueStatus.AGREED), new OpenIssue(null, "Logo kiezen", "", "", null,
                                        IssueStatus.DONE)));
    }

    private static Report.Chapter chapter(Report report, String title) {
        return report.chapters().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow(
                () -> new AssertionError(title + " in " + report.chapters()));
    }

    private static List<String> toFill(Report report) {
        return report.chapters().stream().flatMap(c -> c.blocks().stream())
                .filter(b -> b instanceof Block.Paragraph p && p.kind() == Kind.TO_FILL)
                .map(b -> ((Block.Paragraph) b).text()).toList();
    }

    @Test
    void theNoteHasTheCurrentAmbitionAndWhoRecognisesThemselvesInIt() {
        Report note = reports.agreementNote(agreed(), DUTCH);
        assertEquals("Afsprakennota: Jongeren aan het werk", note.title());
        assertEquals(List.of("De gedeelde ambitie", "Wat elke partner brengt en haalt", "Besturing en regulering",
                "Branding", "Open punten"), note.chapters().stream().map(Report.Chapter::title).toList());
        List<Block> ambition = chapter(note, "De gedeelde ambitie").blocks();
        assertTrue(ambition.contains(new Block.Paragraph("Elke jongere in Waalstede binnen een jaar aan het werk")),
                ambition.toString());
        assertTrue(ambition.contains(new Block.Paragraph("Ronde 2, 12 november 2026", Kind.NOTE)), ambition
                .toString());
        assertTrue(ambition.contains(new Block.Table(List.of("Partner", "Herkent zich erin", "Toelichting"), List.of(
                List.of("Gemeente Waalstede", "herkent zich", "helemaal"),
                List.of("ROC Rivierenland", "herkent zich deels", "een jaar is kort"),
                List.of("Bakkerij Brood & Zo", "nog niet gevraagd", "")))), ambition.toString());
    }

    @Test
    void whatIsAgreedIsSaidFromBothSides() {
        List<Block> bringGet = chapter(reports.agreementNote(agreed(), DUTCH), "Wat elke partner brengt en haalt")
                .blocks();
        assertTrue(bringGet.contains(new Block.Bullets(List.of(
                "brengt aan Gemeente Waalstede: begeleiders (16 uur/maand)"))), bringGet.toString());
        assertTrue(bringGet.contains(new Block.Bullets(List.of(
                "haalt bij ROC Rivierenland: begeleiding op de werkvloer"))), bringGet.toString());
        assertTrue(bringGet.contains(new Block.Table(List.of("Brengen of halen", "Categorie", "Wat", "Hoeveel",
                "Wens of eis"), List.of(List.of("brengen", "mensen", "begeleiders", "16 uur/maand", "wens")))),
                bringGet.toString());
    }

    @Test
    void whatThePartnersStillHaveToSettleIsMarkedToFill() {
        Report note = reports.agreementNote(agreed(), DUTCH);
        assertEquals(List.of(
                "Vastleggen of deze partners zich in de ambitie herkennen: Bakkerij Brood & Zo",
                "Wat Bakkerij Brood & Zo brengt en komt halen.",
                "Hoe herkenbaar de samenwerking is en hoe haar merk naast dat van de partners staat.",
                "Wie pakt dit op: \u201eWie betaalt de coördinator?\u201d?"), toFill(note));
        assertEquals(List.of(new Block.Bullets(List.of("Stuurgroep van de kernpartners (Gemeente Waalstede)"))),
                chapter(note, "Besturing en regulering").blocks());
        Block.Table issues = (Block.Table) chapter(note, "Open punten").blocks().get(0);
        assertEquals(List.of("Verzekering stagiairs", "Wie betaalt de coördinator?"), issues.rows().stream()
                .map(r -> r.get(0)).toList(), "done ones are left out; who takes it up first, nobody last");
    }

    @Test
    void anEmptyDossierIsANoteToFillIn() {
        Report note = reports.agreementNote(Dossier.titled(""), Locale.ENGLISH);
        assertEquals("Agreement note: Untitled collaboration", note.title());
        assertEquals(List.of("The shared ambition: put into words together what the collaboration is going for.",
                "The rules of the game: who decides what, is there exclusivity, who owns the intellectual property?",
                "How recognisable the collaboration is and how its brand stands beside the partners' brands."),
                toFill(note));
        assertEquals(new Report.Fact("Status", "draft: the partners still fill in the marked parts"),
                note.cover().get(note.cover().size() - 1));
    }
}
