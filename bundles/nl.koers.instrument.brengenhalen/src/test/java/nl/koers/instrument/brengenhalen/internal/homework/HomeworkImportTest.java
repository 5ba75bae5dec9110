package nl.koers.instrument.brengenhalen.internal.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Limits;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.DossierSession;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkRefusal.Reason;
import nl.koers.store.internal.JsonDossierStore;

/** Filled forms read back: the round trip, re-imports, what is skipped and what is refused. */
class HomeworkImportTest {
    private static final Locale NL = Locale.of("nl");

    @TempDir
    Path dir;

    private final Dossier dossier = HomeworkDossiers.small();

    /** What the school writes in its homework, with Dutch characters and amounts in both notations. */
    private static Map<String, String> rocAnswers() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("essence", "Eén leerroute voor elke jongere,\rvan school naar werk.");
        a.put("interest.own", "Minder voortijdig schoolverlaters; coöperatie met de regio");
        a.put("interest.add", "Stageplaatsen bij werkgevers die écht begeleiden");
        a.put("coreValue", "Als de ander over onze studenten beslist zonder ons");
        a.put("bring.PEOPLE.1.description", "Twee stagebegeleiders");
        a.put("bring.PEOPLE.1.amount", "2,5");
        a.put("bring.PEOPLE.1.unit", "fte");
        a.put("bring.KNOWLEDGE.1.description", "Onze ideeën over leerroutes");
        a.put("get.MEANS.1.description", "Geld voor de begeleiding");
        a.put("get.MEANS.1.amount", "25.000");
        a.put("get.MEANS.1.unit", "€/jaar");
        a.put("get.CONTINUITY.1.description", "Financiering na 2028");
        a.put("get.NETWORK.1.amount", "1,000.50");
        a.put("get.NETWORK.1.unit", "uur/jaar");
        return a;
    }

    @Test
    void roundTripPutsTheAnswersInThePartner() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-roc"), dir.resolve("roc.pdf"), rocAnswers(),
                Set.of("get.CONTINUITY.1.demand", "bring.PEOPLE.1.demand"), Set.of());
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        assertEquals("p-roc", h.partnerId());
        assertEquals("d-jongeren", h.dossierId());
        assertEquals(List.of(), h.skipped());
        assertTrue(h.hasChanges());
        assertFalse(h.overwrites(), "the school had no answers yet");

        Partner p = h.proposed();
        assertEquals("Eén leerroute voor elke jongere,\nvan school naar werk.", p.essence());
        Interest own = HomeworkAnswers.interest(p, Level.ORGANISATION).orElseThrow();
        assertEquals("Minder voortijdig schoolverlaters; coöperatie met de regio", own.text());
        assertEquals(Firmness.WISH, own.firmness());
        assertEquals("Stageplaatsen bij werkgevers die écht begeleiden",
                HomeworkAnswers.interest(p, Level.NETWORK).orElseThrow().text());
        assertEquals("Als de ander over onze studenten beslist zonder ons", p.coreValues().get(0).text());
        assertEquals(5, p.contributions().size());
        Contribution people = item(p, Direction.BRING, Category.PEOPLE);
        assertEquals("Twee stagebegeleiders", people.description());
        assertEquals(0, new BigDecimal("2.5").compareTo(people.amount()));
        assertEquals("fte", people.unit());
        assertEquals(Firmness.DEMAND, people.firmness());
        Contribution knowledge = item(p, Direction.BRING, Category.KNOWLEDGE);
        assertEquals("Onze ideeën over leerroutes", knowledge.description());
        assertNull(knowledge.amount());
        assertEquals(Firmness.WISH, knowledge.firmness());
        Contribution money = item(p, Direction.GET, Category.MEANS);
        assertEquals(0, new BigDecimal("25000").compareTo(money.amount()));
        assertEquals("€/jaar", money.unit());
        assertEquals(Firmness.DEMAND, item(p, Direction.GET, Category.CONTINUITY).firmness());
        Contribution network = item(p, Direction.GET, Category.NETWORK);
        assertEquals("", network.description()); // an amount and a unit without words: still concrete
        assertEquals(0, new BigDecimal("1000.50").compareTo(network.amount()));
        // the name, role and everything else stay as they were
        Partner before = HomeworkDossiers.partner(dossier, "p-roc");
        assertEquals(before.name(), p.name());
        assertEquals(before.role(), p.role());

        // the edit gives the same partner, and can be undone
        DossierSession session = new DossierSession(dossier);
        session.apply(h.edit());
        assertEquals(p, session.dossier().partner("p-roc").orElseThrow());
        assertEquals("edit.updatePartner", session.undoLabel().orElseThrow());
        session.undo();
        assertEquals(dossier, session.dossier());
    }

    @Test
    void theChangesAreListedFieldByFieldAsTheFormShowsThem() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-roc"), dir.resolve("roc.pdf"), rocAnswers());
        List<HomeworkChange> changes = HomeworkImport.read(filled, dossier).changes(NL);
        HomeworkChange amount = changes.stream().filter(c -> c.field().equals("bring.PEOPLE.1.amount")).findFirst()
                .orElseThrow();
        assertEquals("", amount.before());
        assertEquals("2,5", amount.after());
        assertEquals("brengen, mensen: hoeveel", amount.label());
        assertEquals("essence", changes.get(0).field()); // in the order of the form
        assertTrue(changes.stream().noneMatch(HomeworkChange::overwrites));
    }

    @Test
    void importingTheSameFormTwiceChangesNothingTheSecondTime() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-roc"), dir.resolve("roc.pdf"), rocAnswers(),
                Set.of("get.CONTINUITY.1.demand"), Set.of());
        Dossier once = HomeworkImport.read(filled, dossier).edit().applyTo(dossier);
        ImportedHomework again = HomeworkImport.read(filled, once);
        assertFalse(again.hasChanges());
        assertEquals(List.of(), again.changes(NL));
        assertEquals(once, again.edit().applyTo(once));
    }

    @Test
    void aFormMadeFromTheDossierAndSentBackUntouchedChangesNothing() throws IOException, HomeworkRefusal {
        // amounts shown as "250.000", a demand ticked: all read back as the dossier has them
        ImportedHomework h = HomeworkImport.read(form("p-gemeente"), dossier);
        assertFalse(h.hasChanges(), () -> h.changes(NL).toString());
        assertEquals(List.of(), h.skipped());
    }

    @Test
    void reImportAfterEditingOneFieldListsExactlyThatChange() throws IOException, HomeworkRefusal {
        Path first = HomeworkDossiers.fill(form("p-roc"), dir.resolve("roc.pdf"), rocAnswers());
        Dossier once = HomeworkImport.read(first, dossier).edit().applyTo(dossier);
        // the partner gets a new form (with its answers), changes one amount and sends it back
        Path resent = new HomeworkForm(NL).write(once, once.partner("p-roc").orElseThrow(), dir.resolve("resent.pdf"));
        Path edited = HomeworkDossiers.fill(resent, dir.resolve("edited.pdf"), Map.of("get.MEANS.1.amount", "30.000"));
        ImportedHomework h = HomeworkImport.read(edited, once);
        assertEquals(List.of(new HomeworkChange("get.MEANS.1.amount", "halen, middelen: hoeveel", "25.000", "30.000")),
                h.changes(NL));
        assertTrue(h.overwrites());
        Contribution money = item(h.proposed(), Direction.GET, Category.MEANS);
        assertEquals(item(once.partner("p-roc").orElseThrow(), Direction.GET, Category.MEANS).id(), money.id());
        assertEquals(0, new BigDecimal("30000").compareTo(money.amount()));
    }

    @Test
    void overwritesOnlyTheAnswersOfTheFormAndKeepsTheRest() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-gemeente"), dir.resolve("g.pdf"), Map.of(
                "interest.own", "Minder jongeren in de bijstand, en sneller", "get.PEOPLE.1.description", "Leerbanen"),
                Set.of(), Set.of("get.PEOPLE.1.demand"));
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        assertTrue(h.overwrites());
        assertEquals(List.of("interest.own", "get.PEOPLE.1.description", "get.PEOPLE.1.demand"),
                h.changes(NL).stream().map(HomeworkChange::field).toList());
        Partner before = h.before();
        Partner p = h.proposed();
        Interest own = p.interests().get(0);
        assertEquals("i-g1", own.id());
        assertEquals(Firmness.DEMAND, own.firmness(), "the form does not ask, so the demand stays");
        assertEquals(before.interests().subList(1, 3), p.interests().subList(1, 3));
        assertEquals(before.contributions().get(2), p.contributions().get(2), "the second item is not on the form");
        assertEquals(Firmness.WISH, p.contributions().get(1).firmness());
        assertEquals("c-g2", p.contributions().get(1).id());
    }

    @Test
    void anOddAmountIsSkippedWithItsReasonAndTheRestImported() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-roc"), dir.resolve("veel.pdf"), Map.of(
                "bring.PEOPLE.1.description", "Docenten", "bring.PEOPLE.1.amount", "veel", "bring.PEOPLE.1.unit", "uur",
                "bring.MEANS.1.description", "Lokalen", "bring.MEANS.1.amount", "-4",
                "get.MEANS.1.description", "Subsidie", "get.MEANS.1.amount", "25.000 euro", "get.MEANS.1.unit", "uur/maand"));
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        assertEquals(List.of(SkippedField.of("bring.PEOPLE.1.amount", SkippedField.Reason.NOT_A_NUMBER, "veel"),
                SkippedField.of("bring.MEANS.1.amount", SkippedField.Reason.NEGATIVE, "-4"),
                SkippedField.of("get.MEANS.1.amount", SkippedField.Reason.OTHER_UNIT, "25.000 euro", "uur/maand")),
                h.skipped());
        Contribution people = item(h.proposed(), Direction.BRING, Category.PEOPLE);
        assertEquals("Docenten", people.description());
        assertNull(people.amount());
        assertEquals("uur", people.unit());
        assertEquals("Lokalen", item(h.proposed(), Direction.BRING, Category.MEANS).description());
        assertEquals("Subsidie", item(h.proposed(), Direction.GET, Category.MEANS).description());
        assertEquals("brengen, mensen: hoeveel: \u2018veel\u2019 is geen getal; de hoeveelheid is niet ingelezen, de rest wel.",
                h.skipped().get(0).message(NL));
        assertTrue(h.skipped().get(0).message(Locale.ENGLISH).startsWith("bring, people: how much: \u2018veel\u2019 is not a number"));
    }

    /**
     * An amount with more digits than a dossier file keeps is skipped with its reason, and the rest imported; one at
     * the limit is imported, and the dossier is saved and opens again.
     */
    @Test
    void anAmountPastWhatAFileKeepsIsSkippedAndOneAtTheLimitIsSavedAndOpensAgain() throws Exception {
        String nineteen = "1234567890123456789";
        Path filled = HomeworkDossiers.fill(form("p-roc"), dir.resolve("groot.pdf"), Map.of(
                "bring.PEOPLE.1.description", "Docenten", "bring.PEOPLE.1.amount", nineteen, "bring.PEOPLE.1.unit", "uur",
                "get.MEANS.1.description", "Subsidie", "get.MEANS.1.amount", "999.999.999.999.999.999,999999999999999999"));
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        assertEquals(List.of(SkippedField.of("bring.PEOPLE.1.amount", SkippedField.Reason.TOO_LARGE, nineteen, "18")),
                h.skipped());
        assertEquals("brengen, mensen: hoeveel: \u2018" + nineteen + "\u2019 heeft te veel cijfers om te bewaren (ten "
                + "hoogste 18 voor en 18 na de komma); de hoeveelheid is niet ingelezen, de rest wel.",
                h.skipped().get(0).message(NL));
        assertEquals("Docenten", item(h.proposed(), Direction.BRING, Category.PEOPLE).description());
        assertNull(item(h.proposed(), Direction.BRING, Category.PEOPLE).amount());
        assertEquals(new BigDecimal("999999999999999999.999999999999999999"),
                item(h.proposed(), Direction.GET, Category.MEANS).amount());
        DossierSession session = new DossierSession(dossier);
        session.apply(h.edit());
        Path file = dir.resolve("groot.koers");
        JsonDossierStore store = new JsonDossierStore();
        store.write(session.dossier(), file);
        assertEquals(session.dossier(), store.open(file).dossier());
    }

    /** Read from the fields themselves: a PDF with a field this long takes minutes to write. */
    @Test
    void aTextLongerThanAFileKeepsIsSkippedAndWhatTheDossierHeldStays() {
        String tooLong = "x".repeat(Limits.TEXT_LENGTH + 1);
        Partner roc = HomeworkDossiers.partner(dossier, "p-roc");
        FilledForm form = new FilledForm(Map.of("essence", tooLong, "bring.PEOPLE.1.description", "Docenten",
                "bring.PEOPLE.1.unit", tooLong), Set.of());
        AnswerReader.Result read = AnswerReader.read(form, roc);
        String length = String.valueOf(Limits.TEXT_LENGTH + 1);
        String limit = String.valueOf(Limits.TEXT_LENGTH);
        assertEquals(List.of(SkippedField.of("essence", SkippedField.Reason.TOO_LONG, length, limit),
                SkippedField.of("bring.PEOPLE.1.unit", SkippedField.Reason.TOO_LONG, length, limit)), read.skipped());
        Partner proposed = read.answers().applyTo(roc);
        assertEquals(roc.essence(), proposed.essence(), "what the dossier held stays");
        assertEquals("Docenten", item(proposed, Direction.BRING, Category.PEOPLE).description());
        assertEquals("", item(proposed, Direction.BRING, Category.PEOPLE).unit());
        assertTrue(read.skipped().get(0).message(NL).endsWith("de tekst is te lang om te bewaren (" + length
                + " tekens, ten hoogste " + limit + "); niet ingelezen, wat het dossier had blijft staan."));
    }

    @Test
    void aEuroSignOrUnitTypedWithTheAmountBecomesTheUnit() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-roc"), dir.resolve("euro.pdf"), Map.of(
                "bring.MEANS.1.amount", "€ 5.000,-", "get.PEOPLE.1.amount", "16 uur/maand",
                "get.MEANS.1.amount", "1.500 euro", "get.MEANS.1.unit", "euro per jaar"));
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        assertEquals(List.of(), h.skipped());
        Contribution money = item(h.proposed(), Direction.BRING, Category.MEANS);
        assertEquals(0, new BigDecimal("5000").compareTo(money.amount()));
        assertEquals("euro", money.unit());
        assertEquals("uur/maand", item(h.proposed(), Direction.GET, Category.PEOPLE).unit());
        assertEquals("euro per jaar", item(h.proposed(), Direction.GET, Category.MEANS).unit());
    }

    @Test
    void anEmptiedFieldKeepsWhatTheDossierHoldsAndSaysSo() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-gemeente"), dir.resolve("leeg.pdf"), Map.of(
                "essence", "", "bring.MEANS.1.description", ""));
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        assertFalse(h.hasChanges());
        assertEquals(List.of(
                SkippedField.of("essence", SkippedField.Reason.EMPTY_KEPT, "Elke jongere een plek"),
                SkippedField.of("bring.MEANS.1.description", SkippedField.Reason.EMPTY_KEPT,
                        "Budget voor het jongerenloket")), h.skipped());
        assertEquals("essentie en ambitie: leeg in het formulier; wat het dossier al had (\u2018Elke jongere een plek\u2019) blijft staan.",
                h.skipped().get(0).message(NL));
    }

    @Test
    void aDemandWithNothingDescribedIsSkipped() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-roc"), dir.resolve("eis.pdf"), Map.of(),
                Set.of("bring.REPUTATION.1.demand"), Set.of());
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        assertFalse(h.hasChanges());
        assertEquals(List.of(SkippedField.of("bring.REPUTATION.1.demand", SkippedField.Reason.DEMAND_ONLY)),
                h.skipped());
    }

    @Test
    void theEditLeavesAloneWhatChangedMeanwhile() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-roc"), dir.resolve("roc.pdf"), rocAnswers());
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        // while the import waits for a yes, the partner is renamed on screen
        Partner renamed = HomeworkDossiers.partner(dossier, "p-roc").withName("ROC Lingedal College");
        Dossier meanwhile = dossier.withPartner(renamed);
        Partner after = h.edit().applyTo(meanwhile).partner("p-roc").orElseThrow();
        assertEquals("ROC Lingedal College", after.name());
        assertEquals(h.proposed().essence(), after.essence());
        // the same answers; a new contribution gets its id when it is made
        assertEquals(HomeworkAnswers.of(h.proposed()).shown(NL), HomeworkAnswers.of(after).shown(NL));
    }

    // ---- refusals

    @Test
    void refusesAPdfWithAPassword() throws IOException {
        Path locked = dir.resolve("slot.pdf");
        try (PDDocument pdf = Loader.loadPDF(form("p-roc").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "geheim",
                    new AccessPermission());
            pdf.protect(policy);
            pdf.save(locked.toFile());
        }
        HomeworkRefusal r = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(locked, "slot.pdf", dossier));
        assertEquals(Reason.ENCRYPTED, r.reason());
        assertTrue(r.message(NL).contains("wachtwoord"), r.message(NL));
    }

    @Test
    void refusesAFormOfAnotherDossier() throws IOException {
        Path filled = HomeworkDossiers.fill(form("p-roc"), dir.resolve("roc.pdf"), rocAnswers());
        Dossier other = new Dossier("d-ander", "Zorg in de wijk", "", "", null, null, dossier.partners(), null,
                List.of(), Map.of(), Map.of());
        HomeworkRefusal r = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(filled, "roc.pdf", other));
        assertEquals(Reason.OTHER_DOSSIER, r.reason());
        assertEquals("roc.pdf: dit huiswerkformulier hoort bij een andere samenwerking (\u2018Jongeren aan het werk\u2019), "
                + "niet bij \u2018Zorg in de wijk\u2019.", r.message(NL));
        assertEquals("roc.pdf: this homework form belongs to another collaboration (\u2018Jongeren aan het werk\u2019), "
                + "not to \u2018Zorg in de wijk\u2019.", r.message(Locale.ENGLISH));
    }

    @Test
    void refusesAFormOfAPartnerThatIsNotInTheDossier() throws IOException {
        Path filled = HomeworkDossiers.fill(form("p-roc"), dir.resolve("roc.pdf"), rocAnswers());
        Dossier without = dossier.withPartners(dossier.partners().stream().filter(p -> !p.id().equals("p-roc"))
                .toList());
        HomeworkRefusal r = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(filled, "roc.pdf", without));
        assertEquals(Reason.UNKNOWN_PARTNER, r.reason());
        assertTrue(r.message(NL).contains("ROC Lingedal"), r.message(NL));
    }

    // ---- forms that lie about whose they are

    @Test
    void refusesAFormWhoseHiddenPartnerIdWasChangedToAnotherPartner() throws IOException {
        // the school's form, set to the municipality's id in a PDF editor: it would overwrite the municipality
        Path forged = HomeworkDossiers.fill(form("p-roc"), dir.resolve("roc.pdf"),
                Map.of(HomeworkFields.PARTNER_ID, "p-gemeente", "essence", "Alles voor het ROC"));
        HomeworkRefusal r = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(forged, "roc.pdf", dossier));
        assertEquals(Reason.CHANGED, r.reason());
        assertEquals("roc.pdf: de controlewaarde van dit huiswerkformulier klopt niet. Het formulier is veranderd "
                + "nadat Koers het maakte (bijvoorbeeld van wie het is), of het hoort bij een andere samenwerking dan "
                + "\u2018Jongeren aan het werk\u2019. Niets ingelezen.", r.message(NL));
        assertTrue(r.message(Locale.ENGLISH).startsWith("roc.pdf: the check value of this homework form does not "
                + "match. The form was changed after Koers made it"), r.message(Locale.ENGLISH));
        // an id that is not in the dossier is no better
        Path unknown = HomeworkDossiers.fill(form("p-roc"), dir.resolve("onbekend.pdf"),
                Map.of(HomeworkFields.PARTNER_ID, "p-onbekend"));
        assertEquals(Reason.CHANGED, assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(unknown, dossier))
                .reason());
    }

    @Test
    void refusesAFormWhoseShownPartnerNameOrCheckValueWasChanged() throws IOException {
        Path renamed = HomeworkDossiers.fill(form("p-roc"), dir.resolve("naam.pdf"),
                Map.of(HomeworkFields.PARTNER_NAME, "Gemeente Waalstede"));
        assertEquals(Reason.CHANGED, assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(renamed, dossier))
                .reason());
        Path emptied = HomeworkDossiers.fill(form("p-roc"), dir.resolve("leeg.pdf"), Map.of(HomeworkFields.CHECK, ""));
        assertEquals(Reason.CHANGED, assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(emptied, dossier))
                .reason());
        // the check value of the municipality's own form does not make the school's form the municipality's
        String gemeenteCheck;
        try (PDDocument pdf = Loader.loadPDF(form("p-gemeente").toFile())) {
            gemeenteCheck = pdf.getDocumentCatalog().getAcroForm().getField(HomeworkFields.CHECK).getValueAsString();
        }
        Path borrowed = HomeworkDossiers.fill(form("p-roc"), dir.resolve("geleend.pdf"), Map.of(
                HomeworkFields.PARTNER_ID, "p-gemeente", HomeworkFields.CHECK, gemeenteCheck));
        assertEquals(Reason.CHANGED, assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(borrowed, dossier))
                .reason());
    }

    @Test
    void refusesAFormOfAnotherDossierWhoseDossierIdWasChangedToThisOne() throws IOException {
        // another collaboration with the same partners (and so the same partner ids), and its own key
        Dossier other = FormKey.ensure().applyTo(new Dossier("d-ander", "Zorg in de wijk", "", "", null, null,
                dossier.partners(), null, List.of(), Map.of(), Map.of()));
        Path theirs = new HomeworkForm(NL).write(other, HomeworkDossiers.partner(other, "p-roc"),
                dir.resolve("ander.pdf"));
        Path forged = HomeworkDossiers.fill(theirs, dir.resolve("forged.pdf"),
                Map.of(HomeworkFields.DOSSIER_ID, "d-jongeren"));
        assertEquals(Reason.CHANGED, assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(forged, dossier))
                .reason());
        // the same dossier id with another key: a dossier that was made anew under the same id
        Dossier rekeyed = FormKey.ensure().applyTo(HomeworkDossiers.withoutKey());
        Path made = new HomeworkForm(NL).write(rekeyed, HomeworkDossiers.partner(rekeyed, "p-roc"),
                dir.resolve("andere-sleutel.pdf"));
        assertEquals(Reason.CHANGED, assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(made, dossier))
                .reason());
        // and a dossier that never made forms has no key: nothing can match
        assertEquals(Reason.CHANGED, assertThrows(HomeworkRefusal.class,
                () -> HomeworkImport.read(form("p-roc"), HomeworkDossiers.withoutKey())).reason());
    }

    @Test
    void refusesAFormOfTheOldVersionWithoutCheckValueAndSaysToMakeNewForms() throws IOException {
        Path old = dir.resolve("oud.pdf");
        try (PDDocument pdf = Loader.loadPDF(form("p-roc").toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            form.getField(HomeworkFields.FORM_VERSION).setValue("1");
            PDNonTerminalField koers = (PDNonTerminalField) form.getField("koers");
            koers.setChildren(koers.getChildren().stream()
                    .filter(f -> !f.getFullyQualifiedName().equals(HomeworkFields.CHECK)).toList());
            pdf.save(old.toFile());
        }
        HomeworkRefusal r = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(old, "oud.pdf", dossier));
        assertEquals(Reason.OLD_FORM, r.reason());
        assertTrue(r.message(NL).startsWith("oud.pdf: dit huiswerkformulier komt uit een oudere versie van Koers "
                + "(formulierversie 1)") && r.message(NL).contains("Maak nieuwe huiswerkformulieren"), r.message(NL));
        assertTrue(r.message(Locale.ENGLISH).contains("Make new homework forms"), r.message(Locale.ENGLISH));
    }

    @Test
    void refusesAFormWithAFieldTwiceNamingTheFieldAndTheForm() throws IOException {
        Path twice = HomeworkDossiers.withSecondField(form("p-roc"), dir.resolve("dubbel.pdf"), "essence",
                "Een tweede antwoord");
        HomeworkRefusal r = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(twice, "dubbel.pdf",
                dossier));
        assertEquals(Reason.DUPLICATE_FIELD, r.reason());
        assertTrue(r.message(NL).startsWith("dubbel.pdf: het veld \u2018essence\u2019 staat meer dan eens in dit "
                + "formulier"), r.message(NL));
        assertTrue(r.message(Locale.ENGLISH).startsWith("dubbel.pdf: the field \u2018essence\u2019 is in this form "
                + "more than once"), r.message(Locale.ENGLISH));
        // a second hidden partner id, below the first: "last wins" would make it the municipality's form
        Path secondId = HomeworkDossiers.withSecondField(form("p-roc"), dir.resolve("tweede-id.pdf"),
                HomeworkFields.PARTNER_ID, "p-gemeente");
        HomeworkRefusal id = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(secondId, dossier));
        assertEquals(Reason.DUPLICATE_FIELD, id.reason());
        assertTrue(id.message(NL).contains("\u2018koers.partnerId\u2019"), id.message(NL));
    }

    @Test
    void refusesAPdfWithoutForm() throws IOException {
        Path plain = dir.resolve("afgedrukt.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(plain.toFile());
        }
        HomeworkRefusal r = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(plain, "afgedrukt.pdf",
                dossier));
        assertEquals(Reason.NO_FORM, r.reason());
        assertTrue(r.message(NL).startsWith("afgedrukt.pdf: deze PDF heeft geen invulvelden."), r.message(NL));
    }

    @Test
    void refusesATextFileRenamedPdf() throws IOException {
        Path text = Files.writeString(dir.resolve("antwoorden.pdf"), "Wij brengen twee adviseurs.\n",
                StandardCharsets.UTF_8);
        HomeworkRefusal r = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(text, "antwoorden.pdf",
                dossier));
        assertEquals(Reason.NOT_A_PDF, r.reason());
        assertEquals("antwoorden.pdf: dit is geen PDF-bestand.", r.message(NL));
        assertEquals("antwoorden.pdf: this is not a PDF file.", r.message(Locale.ENGLISH));
    }

    @Test
    void refusesAFileThatIsNotThere() {
        HomeworkRefusal r = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(dir.resolve("weg.pdf"),
                "weg.pdf", dossier));
        assertEquals(Reason.NOT_FOUND, r.reason());
        assertEquals(Reason.NOT_READABLE,
                assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(dir, "map", dossier)).reason());
    }

    @Test
    void refusesAnotherForm() throws IOException {
        Path other = dir.resolve("ander-formulier.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDAcroForm form = new PDAcroForm(pdf);
            pdf.getDocumentCatalog().setAcroForm(form);
            PDTextField name = new PDTextField(form);
            name.setPartialName("naam");
            form.getFields().add(name);
            pdf.save(other.toFile());
        }
        assertEquals(Reason.NOT_A_HOMEWORK_FORM,
                assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(other, dossier)).reason());
    }

    @Test
    void refusesAFormOfANewerKoers() throws IOException {
        Path newer = HomeworkDossiers.fill(form("p-roc"), dir.resolve("nieuw.pdf"),
                Map.of(HomeworkFields.FORM_VERSION, "4"));
        HomeworkRefusal r = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(newer, "nieuw.pdf", dossier));
        assertEquals(Reason.NEWER_FORM, r.reason());
        assertTrue(r.message(NL).contains("formulierversie 4"), r.message(NL));
    }

    /**
     * A form filled on Windows: its reader writes CRLF between the lines of a field; the file comes back in a folder
     * and under a name with spaces and accents.
     */
    @Test
    void aFormFilledOnWindowsReadsWithItsLinesAndFromAnyFolder() throws IOException, HomeworkRefusal {
        Path folder = Files.createDirectories(dir.resolve("Anouk de Vries").resolve("Huiswerk ontvangen – é"));
        Map<String, String> answers = new LinkedHashMap<>(rocAnswers());
        answers.put("essence", "Eén leerroute voor elke jongere,\r\nvan school naar werk.\r\n");
        answers.put("coreValue", "Als de ander beslist\r\nzonder ons");
        Path filled = HomeworkDossiers.fill(form("p-roc"), folder.resolve("ROC Rivor – huiswerk één.pdf"), answers);
        Partner p = HomeworkImport.read(filled, dossier).proposed();
        assertEquals("Eén leerroute voor elke jongere,\nvan school naar werk.", p.essence());
        assertEquals("Als de ander beslist\nzonder ons", p.coreValues().get(0).text());
    }

    private Path form(String partnerId) throws IOException {
        return new HomeworkForm(NL).write(dossier, HomeworkDossiers.partner(dossier, partnerId),
                dir.resolve("form-" + partnerId + ".pdf"));
    }

    private static Contribution item(Partner p, Direction d, Category c) {
        return HomeworkAnswers.contribution(p, new HomeworkFields.Slot(d, c)).orElseThrow();
    }
}
