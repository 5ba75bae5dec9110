package nl.koers.instrument.brengenhalen.internal.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;

/** The fillable form as a PDF reader gets it. */
class HomeworkFormTest {
    private static final Locale NL = Locale.of("nl");

    @TempDir
    Path dir;

    private final Dossier dossier = HomeworkDossiers.small();
    private final Partner gemeente = HomeworkDossiers.partner(dossier, "p-gemeente");

    @Test
    void hasEveryAnswerFieldWithItsStableName() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form(gemeente).toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
            Set<String> names = new TreeSet<>();
            form.getFieldTree().forEach(f -> names.add(f.getFullyQualifiedName()));
            for (HomeworkFields.Slot slot : HomeworkFields.Slot.all()) {
                for (HomeworkFields.Part part : HomeworkFields.Part.values()) {
                    for (int n = 1; n <= BringGetTable.MIN_LINES; n++) {
                        assertTrue(names.contains(slot.field(n, part)), "no " + slot.field(n, part) + " in " + names);
                    }
                }
            }
            assertTrue(names.containsAll(List.of("essence", "interest.own", "interest.add", "coreValue",
                    "bring.PEOPLE.1.description", "bring.PEOPLE.1.amount", "bring.PEOPLE.1.unit", "bring.PEOPLE.1.demand",
                    "get.MEANS.1.description", "get.OTHER.1.demand")), names.toString());
            assertInstanceOf(PDCheckBox.class, form.getField("bring.PEOPLE.1.demand"));
            PDTextField essence = (PDTextField) form.getField("essence");
            assertTrue(essence.isMultiline());
            assertFalse(((PDTextField) form.getField("bring.PEOPLE.1.amount")).isMultiline());
            assertFalse(essence.isReadOnly());
            // a reader shows the question when the pointer is on the field
            assertTrue(essence.getAlternateFieldName().contains("essentie"), essence.getAlternateFieldName());
        }
    }

    @Test
    void saysWhoseFormItIsInFieldsNobodyChanges() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form(gemeente).toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
            Map<String, String> identity = Map.of(HomeworkFields.FORM, "brengenhalen.homework",
                    HomeworkFields.FORM_VERSION, "3", HomeworkFields.DOSSIER_ID, "d-jongeren",
                    HomeworkFields.PARTNER_ID, "p-gemeente", HomeworkFields.CHECK, FormCheck.of(
                            FormKey.of(dossier).orElseThrow(), "brengenhalen.homework", "3", "d-jongeren",
                            "p-gemeente", "Gemeente Waalstede", List.of("bring.MEANS.1.id=c-g1",
                                    "get.PEOPLE.1.id=c-g2", "get.PEOPLE.2.id=c-g3")));
            for (Map.Entry<String, String> e : identity.entrySet()) {
                PDField f = form.getField(e.getKey());
                assertEquals(e.getValue(), f.getValueAsString(), e.getKey());
                assertTrue(f.isReadOnly(), e.getKey());
                PDAnnotationWidget w = f.getWidgets().get(0);
                assertTrue(w.isHidden() && !w.isPrinted(), e.getKey() + " is hidden");
            }
            for (String visible : List.of(HomeworkFields.DOSSIER_TITLE, HomeworkFields.PARTNER_NAME)) {
                PDField f = form.getField(visible);
                assertTrue(f.isReadOnly(), visible);
                assertFalse(f.getWidgets().get(0).isHidden(), visible);
            }
            assertEquals("Jongeren aan het werk", form.getField(HomeworkFields.DOSSIER_TITLE).getValueAsString());
            assertEquals("Gemeente Waalstede", form.getField(HomeworkFields.PARTNER_NAME).getValueAsString());
        }
    }

    @Test
    void showsWhatTheDossierHoldsSoASecondFormShowsTheEarlierAnswers() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form(gemeente).toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
            assertEquals("Elke jongere een plek", value(form, "essence"));
            assertEquals("Minder jongeren in de bijstand", value(form, "interest.own"));
            assertEquals("", value(form, "interest.add")); // the gemeente has no interest at network level
            assertEquals("Als afspraken over privacy worden geschonden", value(form, "coreValue"));
            assertEquals("Budget voor het jongerenloket", value(form, "bring.MEANS.1.description"));
            assertEquals("250.000", value(form, "bring.MEANS.1.amount")); // as a Dutch reader writes it
            assertEquals("euro/jaar", value(form, "bring.MEANS.1.unit"));
            assertFalse(((PDCheckBox) form.getField("bring.MEANS.1.demand")).isChecked());
            // the first of two items in a category is the one on the form
            assertEquals("Leerbanen voor jongeren", value(form, "get.PEOPLE.1.description"));
            assertTrue(((PDCheckBox) form.getField("get.PEOPLE.1.demand")).isChecked());
            assertEquals("", value(form, "bring.PEOPLE.1.description"));
        }
        try (PDDocument pdf = Loader.loadPDF(new HomeworkForm(Locale.ENGLISH)
                .write(dossier, gemeente, dir.resolve("en.pdf")).toFile())) {
            assertEquals("250,000", value(pdf.getDocumentCatalog().getAcroForm(null), "bring.MEANS.1.amount"));
        }
    }

    @Test
    void fieldsTakeDutchCharactersAndTheEuroSignInAnEmbeddedFont() throws IOException {
        Path filled = HomeworkDossiers.fill(form(gemeente), dir.resolve("filled.pdf"), Map.of(
                "essence", "Eén regionale aanpak: coöperatie, ideeën, € 25.000 en ‘aanhalingstekens’",
                "bring.KNOWLEDGE.1.unit", "€/maand"));
        try (PDDocument pdf = Loader.loadPDF(filled.toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
            assertEquals("Eén regionale aanpak: coöperatie, ideeën, € 25.000 en ‘aanhalingstekens’",
                    value(form, "essence"));
            assertEquals("€/maand", value(form, "bring.KNOWLEDGE.1.unit"));
            // the fields' font is DejaVu Sans, whole, in the form's default resources
            String da = ((PDTextField) form.getField("essence")).getDefaultAppearance();
            String fontName = da.substring(1, da.indexOf(' '));
            PDFont font = form.getDefaultResources().getFont(COSName.getPDFName(fontName));
            assertInstanceOf(PDType0Font.class, font);
            assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            assertFalse(font.getName().matches("[A-Z]{6}\\+.*"), "embedded whole, not as a subset: " + font.getName());
            assertTrue(font.isEmbedded());
            // the value is drawn in the field's appearance
            PDAnnotationWidget widget = form.getField("essence").getWidgets().get(0);
            assertNotNull(widget.getNormalAppearanceStream());
            String drawn = new String(widget.getNormalAppearanceStream().getContentStream().toByteArray(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(drawn.contains("/" + fontName), drawn);
        }
    }

    @Test
    void aTickedBoxKeepsItsStatesInPlaceSoEveryReaderDrawsIt() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form(gemeente).toFile())) {
            PDCheckBox box = (PDCheckBox) pdf.getDocumentCatalog().getAcroForm(null).getField("get.PEOPLE.1.demand");
            assertEquals("Yes", box.getOnValue());
            PDAnnotationWidget widget = box.getWidgets().get(0);
            assertEquals("Yes", widget.getAppearanceState().getName());
            // poppler (Evince, Okular) draws nothing when the states are behind a reference
            assertInstanceOf(COSDictionary.class, widget.getAppearance().getCOSObject().getItem(COSName.N));
            assertNotNull(widget.getAppearance().getNormalAppearance().getSubDictionary().get(COSName.Off));
        }
    }

    @Test
    void aCharacterTheFontLacksIsKeptAndLeftToTheReaderToDraw() throws IOException {
        Partner p = gemeente.withEssence("Samen sterker \uD83D\uDCAA en \u4E2D\u6587");
        try (PDDocument pdf = Loader.loadPDF(new HomeworkForm(NL).write(dossier.withPartner(p), p,
                dir.resolve("emoji.pdf")).toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
            assertEquals("Samen sterker \uD83D\uDCAA en \u4E2D\u6587", value(form, "essence"));
            assertTrue(form.getNeedAppearances());
        }
    }

    @Test
    void isA4WithTheQuestionsOfTheMethod() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form(gemeente).toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 2 && pdf.getNumberOfPages() <= 3, "pages: " + pdf.getNumberOfPages());
            for (PDPage page : pdf.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 1);
                // every field is on the page
                for (PDAnnotation a : page.getAnnotations()) {
                    PDRectangle r = a.getRectangle();
                    assertTrue(r.getLowerLeftX() >= 0 && r.getUpperRightX() <= page.getMediaBox().getWidth()
                            && r.getLowerLeftY() >= 0 && r.getUpperRightY() <= page.getMediaBox().getHeight());
                }
            }
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String s : List.of("Huiswerk voor het brengen-halen gesprek",
                    "Wat is voor jullie de essentie en de ambitie van deze samenwerking?",
                    "onafhankelijk van deze samenwerking", "wanneer krijgt de ander je écht boos?",
                    "Wat willen jullie erin stoppen", "Mensen", "Middelen", "Kennis", "Netwerk", "Relaties",
                    "Reputatie", "Continuïteit", "Overig", "Eis", "Gemeente Waalstede")) {
                assertTrue(text.contains(s), s + " in " + text);
            }
        }
    }

    @Test
    void fieldsDoNotOverlap() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form(gemeente).toFile())) {
            for (PDPage page : pdf.getPages()) {
                List<PDRectangle> boxes = new ArrayList<>();
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!((PDAnnotationWidget) a).isHidden()) {
                        boxes.add(a.getRectangle());
                    }
                }
                for (int i = 0; i < boxes.size(); i++) {
                    for (int j = i + 1; j < boxes.size(); j++) {
                        PDRectangle a = boxes.get(i);
                        PDRectangle b = boxes.get(j);
                        boolean overlap = a.getLowerLeftX() < b.getUpperRightX() - 0.01
                                && b.getLowerLeftX() < a.getUpperRightX() - 0.01
                                && a.getLowerLeftY() < b.getUpperRightY() - 0.01
                                && b.getLowerLeftY() < a.getUpperRightY() - 0.01;
                        assertFalse(overlap, a + " overlaps " + b);
                    }
                }
            }
        }
    }

    @Test
    void rendersWithoutADisplay() throws IOException {
        System.setProperty("java.awt.headless", "true");
        try (PDDocument pdf = Loader.loadPDF(form(gemeente).toFile())) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 40);
            assertTrue(image.getWidth() > 0);
        }
    }

    @Test
    void oneFilePerPartnerWithNamesFitForAnySystem() throws IOException {
        List<Path> files = new HomeworkForm(NL).writeAll(dossier, dir.resolve("uit"));
        assertEquals(List.of("huiswerk-gemeente-waalstede.pdf", "huiswerk-roc-lingedal.pdf",
                "huiswerk-cooperatie-de-eik-zn.pdf"), files.stream().map(f -> f.getFileName().toString()).toList());
        // two partners with the same name do not overwrite each other's form
        Dossier twins = dossier.withPartner(Partner.of("ROC Lingedal", null));
        List<Path> more = new HomeworkForm(Locale.ENGLISH).writeAll(twins, dir.resolve("en"));
        assertEquals("homework-roc-lingedal-2.pdf", more.get(3).getFileName().toString());
        for (Path f : more) {
            assertTrue(Files.size(f) > 0);
        }
        // no temporary files left behind
        try (var listing = Files.list(dir.resolve("en"))) {
            assertEquals(4, listing.count());
        }
    }

    private Path form(Partner p) throws IOException {
        return new HomeworkForm(NL).write(dossier, p, dir.resolve("form-" + p.id() + ".pdf"));
    }

    private static String value(PDAcroForm form, String name) {
        return form.getField(name).getValueAsString();
    }
}
