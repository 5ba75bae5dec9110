package nl.koers.instrument.brengenhalen.internal.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Partner;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkFields.Part;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkFields.Slot;

/**
 * The form's lines: every contribution the dossier holds on a line of its own, filled in and carrying its id, more
 * than one line per category, and an import that reconciles by id (issue 14). Real forms, filled through PDFBox.
 */
class HomeworkLinesTest {
    private static final Locale NL = Locale.of("nl");

    @TempDir
    Path dir;

    private final Dossier dossier = HomeworkDossiers.small();

    @Test
    void theFormShowsEveryContributionOnALineOfItsOwnWithItsId() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form("p-gemeente").toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            // two wishes for people: both shown, each with its id, and an empty line for a third
            assertEquals("Leerbanen voor jongeren", value(form, "get.PEOPLE.1.description"));
            assertEquals("40", value(form, "get.PEOPLE.1.amount"));
            assertEquals("c-g2", value(form, "get.PEOPLE.1.id"));
            assertEquals("Een tweede wens om mensen", value(form, "get.PEOPLE.2.description"));
            assertEquals("c-g3", value(form, "get.PEOPLE.2.id"));
            assertEquals("", value(form, "get.PEOPLE.3.description"));
            assertEquals(null, form.getField("get.PEOPLE.3.id"), "an empty line names no item");
            // a category the partner left empty still has room for two
            assertEquals("", value(form, "bring.KNOWLEDGE.2.description"));
            // the interests the form does not ask are counted, not left off unseen
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Het dossier bevat voor jullie ook nog 2 andere belangen en geen andere "
                    + "kernwaarden"), text);
        }
    }

    @Test
    void aPartnerWithManyItemsGetsThemAllOverMorePages() throws IOException, HomeworkRefusal {
        Partner roc = HomeworkDossiers.partner(dossier, "p-roc");
        List<Contribution> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(new Contribution("c-" + i, Direction.BRING, Category.KNOWLEDGE, "Module " + i, null, "",
                    Firmness.WISH));
        }
        Dossier d = dossier.withPartner(roc.withContributions(many));
        Path file = new HomeworkForm(NL).write(d, d.partner("p-roc").orElseThrow(), dir.resolve("veel.pdf"));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            for (int i = 1; i <= 40; i++) {
                assertEquals("Module " + i, value(form, "bring.KNOWLEDGE." + i + ".description"));
                assertEquals("c-" + i, value(form, "bring.KNOWLEDGE." + i + ".id"));
            }
            assertEquals("", value(form, "bring.KNOWLEDGE.41.description"));
            assertTrue(pdf.getNumberOfPages() > 4, "pages: " + pdf.getNumberOfPages());
        }
        // and the form, sent back as it is, changes nothing
        ImportedHomework h = HomeworkImport.read(file, d);
        assertEquals(List.of(), h.changes(NL));
        assertEquals(List.of(), h.removals());
    }

    @Test
    void twoLinesInOneCategoryBothImport() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-roc"), dir.resolve("roc.pdf"), Map.of(
                "bring.PEOPLE.1.description", "Stagebegeleiders", "bring.PEOPLE.1.amount", "2,5",
                "bring.PEOPLE.1.unit", "fte", "bring.PEOPLE.2.description", "Docenten voor de leerroute",
                "bring.PEOPLE.2.amount", "16", "bring.PEOPLE.2.unit", "uur/maand"));
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        List<Contribution> people = people(h.proposed(), Direction.BRING);
        assertEquals(List.of("Stagebegeleiders", "Docenten voor de leerroute"),
                people.stream().map(Contribution::description).toList());
        assertEquals(0, new BigDecimal("16").compareTo(people.get(1).amount()));
        assertTrue(h.changes(NL).stream().anyMatch(c -> c.label().equals("brengen, mensen (2): wat")),
                h.changes(NL).toString());
        // imported twice, still two
        Dossier once = h.edit().applyTo(dossier);
        Dossier twice = HomeworkImport.read(filled, once).edit().applyTo(once);
        assertEquals(2, people(twice.partner("p-roc").orElseThrow(), Direction.BRING).size());
    }

    @Test
    void aChangedLineUpdatesItsItemAndAddsNoSecond() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-gemeente"), dir.resolve("gemeente.pdf"), Map.of(
                "get.PEOPLE.2.description", "Twee werkervaringsplaatsen", "get.PEOPLE.2.amount", "2"));
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        Partner after = h.edit().applyTo(dossier).partner("p-gemeente").orElseThrow();
        assertEquals(3, after.contributions().size(), "no duplicate");
        Contribution second = contribution(after, "c-g3");
        assertEquals("Twee werkervaringsplaatsen", second.description());
        assertEquals(0, BigDecimal.TWO.compareTo(second.amount()));
        assertEquals(contribution(HomeworkDossiers.partner(dossier, "p-gemeente"), "c-g2"),
                contribution(after, "c-g2"), "the first line is left as it was");
        assertEquals(List.of(), h.removals());
    }

    @Test
    void aNewLineAddsAnItem() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-gemeente"), dir.resolve("gemeente.pdf"), Map.of(
                "get.PEOPLE.3.description", "Een mentor per jongere"));
        Partner after = HomeworkImport.read(filled, dossier).edit().applyTo(dossier).partner("p-gemeente")
                .orElseThrow();
        assertEquals(List.of("Leerbanen voor jongeren", "Een tweede wens om mensen", "Een mentor per jongere"),
                people(after, Direction.GET).stream().map(Contribution::description).toList());
    }

    @Test
    void anEmptiedLineIsARemovalThatOnlyTheConfirmedEditCarriesOut() throws IOException, HomeworkRefusal {
        Path filled = HomeworkDossiers.fill(form("p-gemeente"), dir.resolve("gemeente.pdf"), Map.of(
                "get.PEOPLE.2.description", ""), java.util.Set.of(), java.util.Set.of());
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        assertEquals(List.of("c-g3"), h.removals().stream().map(Contribution::id).toList());
        assertEquals(List.of("halen, mensen: Een tweede wens om mensen"), h.removalsShown(NL));
        assertTrue(contribution(h.edit().applyTo(dossier).partner("p-gemeente").orElseThrow(), "c-g3") != null);
        Partner removed = h.edit(true).applyTo(dossier).partner("p-gemeente").orElseThrow();
        assertEquals(List.of("c-g1", "c-g2"), removed.contributions().stream().map(Contribution::id).toList());
    }

    @Test
    void aLineCannotBePointedAtAnotherItem() throws IOException {
        Path changed = HomeworkDossiers.withValue(form("p-gemeente"), dir.resolve("ander.pdf"), "get.PEOPLE.2.id",
                "c-g1");
        HomeworkRefusal r = assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(changed, dossier));
        assertEquals(HomeworkRefusal.Reason.CHANGED, r.reason());
    }

    @Test
    void aFormOfVersion2StillImportsIntoTheFirstItemOfEachCategory() throws IOException, HomeworkRefusal {
        Path old = OldForms.version2(dossier, HomeworkDossiers.partner(dossier, "p-gemeente"),
                dir.resolve("oud.pdf"));
        Path filled = HomeworkDossiers.fill(old, dir.resolve("oud-ingevuld.pdf"), Map.of(
                "get.PEOPLE.description", "Leerbanen voor jongeren in de zorg", "bring.KNOWLEDGE.description",
                "Kennis van de arbeidsmarkt"));
        ImportedHomework h = HomeworkImport.read(filled, dossier);
        Partner after = h.edit().applyTo(dossier).partner("p-gemeente").orElseThrow();
        assertEquals("Leerbanen voor jongeren in de zorg", contribution(after, "c-g2").description());
        assertEquals("Een tweede wens om mensen", contribution(after, "c-g3").description());
        assertEquals(4, after.contributions().size());
        assertEquals(List.of(), h.removals());
        assertEquals(List.of(), h.skipped());
        // its check value is still checked
        Path forged = HomeworkDossiers.withValue(filled, dir.resolve("oud-vervalst.pdf"), HomeworkFields.PARTNER_ID,
                "p-roc");
        assertEquals(HomeworkRefusal.Reason.CHANGED,
                assertThrows(HomeworkRefusal.class, () -> HomeworkImport.read(forged, dossier)).reason());
    }

    private Path form(String partnerId) throws IOException {
        return new HomeworkForm(NL).write(dossier, HomeworkDossiers.partner(dossier, partnerId),
                dir.resolve("form-" + partnerId + ".pdf"));
    }

    private static String value(PDAcroForm form, String name) {
        return form.getField(name).getValueAsString();
    }

    private static List<Contribution> people(Partner p, Direction d) {
        return HomeworkAnswers.contributions(p, new Slot(d, Category.PEOPLE));
    }

    private static Contribution contribution(Partner p, String id) {
        return HomeworkAnswers.contribution(p, id).orElse(null);
    }

    /** A form as Koers made them before lines had numbers and ids (form version 2), for the import to read. */
    static final class OldForms {
        private OldForms() {
        }

        static Path version2(Dossier d, Partner p, Path file) throws IOException {
            try (PDDocument pdf = new PDDocument()) {
                FormCanvas c = new FormCanvas(pdf, NL);
                FormFields f = new FormFields(c);
                f.hidden(HomeworkFields.FORM, HomeworkFields.KIND);
                f.hidden(HomeworkFields.FORM_VERSION, "2");
                f.hidden(HomeworkFields.DOSSIER_ID, d.id());
                f.hidden(HomeworkFields.PARTNER_ID, p.id());
                f.hidden(HomeworkFields.CHECK, FormCheck.of(FormKey.of(d).orElseThrow(), HomeworkFields.KIND, "2",
                        d.id(), p.id(), p.name(), List.of()));
                f.readOnly(HomeworkFields.PARTNER_NAME, 20, 20, 100, 7, 10, p.name());
                HomeworkAnswers now = HomeworkAnswers.of(p);
                Map<String, String> questions = Map.of(HomeworkFields.ESSENCE, now.essence(),
                        HomeworkFields.INTEREST_OWN, now.ownInterest(), HomeworkFields.INTEREST_ADD,
                        now.addInterest(), HomeworkFields.CORE_VALUE, now.coreValue());
                double y = 30;
                for (String question : HomeworkFields.questions()) {
                    f.textField(question, null, 20, y, 170, 5, 8, false, questions.get(question));
                    y += 5.5;
                }
                for (Slot slot : Slot.all()) {
                    HomeworkAnswers.Item first = now.lines(slot).isEmpty() ? null : now.lines(slot).get(0).item();
                    f.textField(slot.field(Part.DESCRIPTION), null, 20, y, 100, 5, 8, false,
                            first == null ? "" : first.description());
                    f.textField(slot.field(Part.AMOUNT), null, 125, y, 20, 5, 8, false,
                            first == null ? "" : Amounts.format(first.amount(), NL));
                    f.textField(slot.field(Part.UNIT), null, 150, y, 30, 5, 8, false,
                            first == null ? "" : first.unit());
                    f.checkBox(slot.field(Part.DEMAND), null, 182, y, 5,
                            first != null && first.firmness() == Firmness.DEMAND);
                    y += 5.5;
                }
                c.finish((page, pages) -> "");
                pdf.save(file.toFile());
            }
            return file;
        }
    }
}
