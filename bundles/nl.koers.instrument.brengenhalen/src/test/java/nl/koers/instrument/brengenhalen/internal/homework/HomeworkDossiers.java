package nl.koers.instrument.brengenhalen.internal.homework;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;

/** Dossiers and filled forms for the tests, made in code so every test says what it starts from. */
final class HomeworkDossiers {
    private HomeworkDossiers() {
    }

    /**
     * Three partners: the municipality has done part of its homework before (an essence, an own interest that
     * is a demand, a second interest, a core value, money it brings and people it wants); the school has nothing
     * yet; the third has a name that needs care in a file name. The dossier holds its key for the forms' check
     * value, as one that made forms before does.
     */
    static Dossier small() {
        return FormKey.ensure().applyTo(withoutKey());
    }

    /** {@link #small()} as it was before it made any form: without a form key. */
    static Dossier withoutKey() {
        Partner gemeente = new Partner("p-gemeente", "Gemeente Waalstede", Role.CORE, List.of(),
                "Elke jongere een plek",
                List.of(new Interest("i-g1", "Minder jongeren in de bijstand", Level.ORGANISATION, Firmness.DEMAND),
                        new Interest("i-g2", "Een wethouder die resultaat laat zien", Level.INDIVIDUAL, Firmness.WISH),
                        new Interest("i-g3", "Minder uitval", Level.ORGANISATION, Firmness.WISH)),
                List.of(), List.of(new CoreValue("k-g1", "Als afspraken over privacy worden geschonden")),
                List.of(new Contribution("c-g1", Direction.BRING, Category.MEANS, "Budget voor het jongerenloket",
                        new BigDecimal("250000"), "euro/jaar", Firmness.WISH),
                        new Contribution("c-g2", Direction.GET, Category.PEOPLE, "Leerbanen voor jongeren",
                                new BigDecimal("40"), "plaatsen/jaar", Firmness.DEMAND),
                        new Contribution("c-g3", Direction.GET, Category.PEOPLE, "Een tweede wens om mensen", null,
                                "", Firmness.WISH)));
        Partner roc = new Partner("p-roc", "ROC Lingedal", Role.CORE, List.of(), "", List.of(), List.of(), List.of(),
                List.of());
        Partner cooperatie = new Partner("p-coop", "Coöperatie De Ëik & Zn.", Role.CHAIN, List.of(), "", List.of(),
                List.of(), List.of(), List.of());
        return new Dossier("d-jongeren", "Jongeren aan het werk", "", "", null, null,
                List.of(gemeente, roc, cooperatie), null, List.of(), Map.of(), Map.of());
    }

    static Partner partner(Dossier d, String id) {
        return d.partner(id).orElseThrow();
    }

    /**
     * Fills a form the way a PDF reader does: sets the text fields and ticks or unticks the boxes through the
     * form's fields, and saves it as a new file.
     */
    static Path fill(Path form, Path filled, Map<String, String> texts, Set<String> ticked, Set<String> unticked)
            throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form.toFile())) {
            PDAcroForm acroForm = pdf.getDocumentCatalog().getAcroForm();
            for (Map.Entry<String, String> e : texts.entrySet()) {
                field(acroForm, e.getKey()).setValue(e.getValue());
            }
            for (String name : ticked) {
                ((PDCheckBox) field(acroForm, name)).check();
            }
            for (String name : unticked) {
                ((PDCheckBox) field(acroForm, name)).unCheck();
            }
            pdf.save(filled.toFile());
        }
        return filled;
    }

    static Path fill(Path form, Path filled, Map<String, String> texts) throws IOException {
        return fill(form, filled, texts, Set.of(), Set.of());
    }

    /**
     * A form with one more text field of a name the form already has, as a PDF editor can add it: a second
     * {@code name} holding {@code value}, after the first.
     */
    static Path withSecondField(Path form, Path changed, String name, String value) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form.toFile())) {
            PDAcroForm acroForm = pdf.getDocumentCatalog().getAcroForm();
            PDTextField second = new PDTextField(acroForm);
            String[] parts = name.split("\\.");
            second.setPartialName(parts[parts.length - 1]);
            second.getCOSObject().setString(COSName.V, value);
            if (parts.length == 1) {
                acroForm.getFields().add(second);
            } else {
                PDNonTerminalField parent = (PDNonTerminalField) field(acroForm,
                        name.substring(0, name.lastIndexOf('.')));
                List<PDField> kids = new ArrayList<>(parent.getChildren());
                kids.add(second);
                parent.setChildren(kids);
                second.getCOSObject().setItem(COSName.PARENT, parent);
            }
            pdf.save(changed.toFile());
        }
        return changed;
    }

    /**
     * A form with one field's value set as any PDF tool can, without drawing it: for characters no font has, such
     * as a terminal's escape.
     */
    static Path withValue(Path form, Path changed, String name, String value) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(form.toFile())) {
            field(pdf.getDocumentCatalog().getAcroForm(), name).getCOSObject().setString(COSName.V, value);
            pdf.save(changed.toFile());
        }
        return changed;
    }

    private static PDField field(PDAcroForm form, String name) {
        PDField f = form.getField(name);
        if (f == null) {
            throw new IllegalArgumentException("the form has no field " + name);
        }
        return f;
    }
}
