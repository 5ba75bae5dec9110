package nl.koers.report.docx.internal;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields: the page number and the table of contents. A field carries what it showed
 * when it was written; a word processor works out the real value when it lays out or updates the document.
 */
final class DocxFields {
    private DocxFields() {
    }

    /** A field in one piece ({@code PAGE}), showing {@code shown} until it is worked out. */
    static void simple(XWPFParagraph paragraph, String instruction, String shown) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue(shown);
    }

    /**
     * Opens a field that may span paragraphs (a table of contents): what follows, up to {@link #end}, is what it
     * shows until it is updated. A dirty field is updated by Word when the document opens.
     */
    static void begin(XWPFParagraph paragraph, String instruction, boolean dirty) {
        CTFldChar begin = paragraph.createRun().getCTR().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        if (dirty) {
            begin.setDirty(true);
        }
        CTText code = paragraph.createRun().getCTR().addNewInstrText();
        code.setStringValue(" " + instruction + " ");
        code.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** Closes the field that {@link #begin} opened. */
    static void end(XWPFParagraph paragraph) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
