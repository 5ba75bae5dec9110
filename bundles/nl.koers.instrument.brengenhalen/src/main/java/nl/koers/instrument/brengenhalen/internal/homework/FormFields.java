package nl.koers.instrument.brengenhalen.internal.homework;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * The form fields of a {@link FormCanvas}, on the page it is laying out: text fields with a visible box, read-only
 * and hidden fields, and check boxes with their own drawn tick. The canvas's font is named in the form's default
 * resources and used in every field's default appearance, so a reader draws what a partner types with it.
 */
final class FormFields {
    /** The name of the font in the form's default resources, used in every field's default appearance. */
    private static final String FONT = "KoersSans";
    private static final String TICK_FONT = "ZaDb";

    private final FormCanvas canvas;
    private final PDAcroForm form;

    FormFields(FormCanvas canvas) {
        this.canvas = canvas;
        this.form = new PDAcroForm(canvas.document());
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName(FONT), canvas.font());
        resources.put(COSName.getPDFName(TICK_FONT), new PDType1Font(Standard14Fonts.FontName.ZAPF_DINGBATS));
        form.setDefaultResources(resources);
        form.setDefaultAppearance(appearance(10));
        canvas.document().getDocumentCatalog().setAcroForm(form);
    }


    /**
     * A text field with a visible box.
     *
     * @param tooltip what a reader shows when the pointer is on it, and what a screen reader says
     */
    PDTextField textField(String name, String tooltip, double x, double top, double w, double h, double pt,
            boolean multiline, String value) throws IOException {
        canvas.fieldBox(x, top, w, h);
        PDTextField field = new PDTextField(form);
        field.setMultiline(multiline);
        place(field, name, tooltip, x, top, w, h, pt);
        fill(field, value);
        return field;
    }

    /** A field that shows a fixed value (the partner's name), which a reader does not let anyone change. */
    PDTextField readOnly(String name, double x, double top, double w, double h, double pt, String value)
            throws IOException {
        PDTextField field = new PDTextField(form);
        place(field, name, null, x, top, w, h, pt);
        fill(field, value);
        field.setReadOnly(true);
        return field;
    }

    /** A field nobody sees: it tells an import whose form this is. */
    void hidden(String name, String value) throws IOException {
        PDTextField field = new PDTextField(form);
        field.setDefaultAppearance(appearance(10));
        field.setReadOnly(true);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(0, 0, 0, 0));
        widget.setHidden(true);
        widget.setPrinted(false);
        widget.setPage(canvas.page());
        canvas.page().getAnnotations().add(widget);
        attach(field, name);
        field.getCOSObject().setString(COSName.V, value);
    }

    /** A square check box of {@code size} millimetres, with a drawn tick for "on" (its export value "Yes"). */
    PDCheckBox checkBox(String name, String tooltip, double x, double top, double size, boolean ticked)
            throws IOException {
        canvas.fieldBox(x, top, size, size);
        PDCheckBox box = new PDCheckBox(form);
        if (tooltip != null) {
            box.setAlternateFieldName(tooltip);
        }
        // a reader that draws the box anew uses a ZapfDingbats check mark ("4")
        box.getCOSObject().setString(COSName.DA, "/" + TICK_FONT + " 0 Tf 0 g");
        PDAnnotationWidget widget = box.getWidgets().get(0);
        widget.setRectangle(FormCanvas.rectangle(x, top, size, size));
        widget.setPrinted(true);
        widget.setPage(canvas.page());
        PDAppearanceCharacteristicsDictionary look = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
        look.setNormalCaption("4");
        widget.setAppearanceCharacteristics(look);
        COSDictionary normal = new COSDictionary();
        // written in place, not as a reference: poppler (Evince, Okular) draws nothing for a box whose states
        // are behind a reference
        normal.setDirect(true);
        normal.setItem(COSName.getPDFName("Yes"), tick(size));
        normal.setItem(COSName.Off, blank(size));
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(new PDAppearanceEntry(normal));
        widget.setAppearance(appearances);
        canvas.page().getAnnotations().add(widget);
        attach(box, name);
        if (ticked) {
            box.check();
        } else {
            box.unCheck();
        }
        return box;
    }

    private PDAppearanceStream tick(double size) throws IOException {
        PDAppearanceStream on = blank(size);
        float s = FormCanvas.mm(size);
        try (PDAppearanceContentStream c = new PDAppearanceContentStream(on)) {
            c.setStrokingColor(FormCanvas.INK);
            c.setLineWidth(s * 0.12f);
            c.moveTo(s * 0.2f, s * 0.52f);
            c.lineTo(s * 0.42f, s * 0.25f);
            c.lineTo(s * 0.82f, s * 0.8f);
            c.stroke();
        }
        return on;
    }

    private PDAppearanceStream blank(double size) {
        PDAppearanceStream stream = new PDAppearanceStream(canvas.document());
        stream.setBBox(new PDRectangle(FormCanvas.mm(size), FormCanvas.mm(size)));
        stream.setResources(new PDResources());
        return stream;
    }

    private void place(PDTextField field, String name, String tooltip, double x, double top, double w, double h,
            double pt) throws IOException {
        if (tooltip != null) {
            field.setAlternateFieldName(tooltip);
        }
        field.setDefaultAppearance(appearance(pt));
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(FormCanvas.rectangle(x, top, w, h));
        widget.setPrinted(true);
        widget.setPage(canvas.page());
        canvas.page().getAnnotations().add(widget);
        attach(field, name);
    }

    /**
     * Puts a field into the form under its full name. A period separates the levels of a form's field names, so
     * {@code bring.PEOPLE.amount} is the field {@code amount} below {@code PEOPLE} below {@code bring}; the fields
     * above it are made on first use.
     */
    private void attach(PDField field, String fullName) {
        String[] parts = fullName.split("\\.");
        field.setPartialName(parts[parts.length - 1]);
        if (parts.length == 1) {
            form.getFields().add(field);
            return;
        }
        PDNonTerminalField parent = null;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = branch(parent, parts[i]);
        }
        adopt(parent, field);
    }

    private PDNonTerminalField branch(PDNonTerminalField parent, String name) {
        List<PDField> siblings = parent == null ? form.getFields() : parent.getChildren();
        for (PDField f : siblings) {
            if (f instanceof PDNonTerminalField n && name.equals(n.getPartialName())) {
                return n;
            }
        }
        PDNonTerminalField made = new PDNonTerminalField(form);
        made.setPartialName(name);
        if (parent == null) {
            form.getFields().add(made);
        } else {
            adopt(parent, made);
        }
        return made;
    }

    private static void adopt(PDNonTerminalField parent, PDField child) {
        List<PDField> kids = new ArrayList<>(parent.getChildren());
        kids.add(child);
        parent.setChildren(kids);
        child.getCOSObject().setItem(COSName.PARENT, parent);
    }

    /**
     * Sets a value and draws it. A character the font lacks cannot be drawn by PDFBox: then the value is kept as
     * it is and the reader is asked to draw the field itself, with a font of its own.
     */
    private void fill(PDTextField field, String value) throws IOException {
        try {
            field.setValue(value);
        } catch (IllegalArgumentException e) {
            field.getCOSObject().setString(COSName.V, value);
            field.getWidgets().forEach(w -> w.getCOSObject().removeItem(COSName.AP));
            form.setNeedAppearances(true);
        }
    }

    private static String appearance(double pt) {
        return "/" + FONT + " " + (pt == Math.rint(pt) ? String.valueOf((int) pt) : String.valueOf(pt)) + " Tf 0 g";
    }
}
