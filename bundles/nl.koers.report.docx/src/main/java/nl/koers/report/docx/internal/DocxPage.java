package nl.koers.report.docx.internal;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import nl.koers.domain.Texts;

/** The sheet: A4 with 25 mm margins, no page number on the cover, "pagina N" in the footer of every other page. */
final class DocxPage {
    private static final double WIDTH_MM = 210;
    private static final double HEIGHT_MM = 297;
    private static final double MARGIN_MM = 25;
    /** The width of the text between the margins, in mm; figures are scaled to it. */
    static final double TEXT_WIDTH_MM = WIDTH_MM - 2 * MARGIN_MM;
    /** The height a figure may take, in mm: the text height less room for its caption and the footer. */
    static final double FIGURE_HEIGHT_MM = HEIGHT_MM - 2 * MARGIN_MM - 30;
    static final int TEXT_WIDTH_TWIPS = twips(TEXT_WIDTH_MM);
    /** On a landscape page (a wide figure's): the text's width and the height a figure may take, in mm. */
    static final double WIDE_TEXT_WIDTH_MM = HEIGHT_MM - 2 * MARGIN_MM;
    static final double WIDE_FIGURE_HEIGHT_MM = WIDTH_MM - 2 * MARGIN_MM - 20;

    private DocxPage() {
    }

    /** Millimetres in twentieths of a point, Word's unit for lengths. */
    static int twips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    /** Sets the sheet and the footers; call before the first paragraph. */
    static void setUp(XWPFDocument document, Texts texts) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        paper(section, false);
        // the cover is the first page: it gets a footer of its own, empty
        section.addNewTitlePg();
        document.createFooter(HeaderFooterType.FIRST).createParagraph();

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph line = footer.createParagraph();
        line.setStyle(DocxStyles.FOOTER);
        line.setAlignment(ParagraphAlignment.CENTER);
        line.createRun().setText(texts.get("page") + " ");
        DocxFields.simple(line, "PAGE", "1");
    }

    /**
     * Ends the section before a wide figure: Word keeps a section's page in the last paragraph of that section, so
     * this paragraph carries the upright page (and, for the first section, the cover's own footer).
     */
    static void endUpright(XWPFDocument document, boolean first) {
        CTSectPr section = document.createParagraph().getCTP().addNewPPr().addNewSectPr();
        paper(section, false);
        if (first) {
            // the footers hang on the last section; a later section without its own takes the one before's
            for (CTHdrFtrRef footer : document.getDocument().getBody().getSectPr().getFooterReferenceList()) {
                section.addNewFooterReference().set(footer);
            }
            section.addNewTitlePg();
        }
    }

    /** Ends the wide figure's section: a landscape page; the footers go on from the section before. */
    static void endLandscape(XWPFDocument document) {
        paper(document.createParagraph().getCTP().addNewPPr().addNewSectPr(), true);
    }

    /** After the first wide figure the last section is not the cover's: its first page has a number too. */
    static void notTheCover(XWPFDocument document) {
        CTSectPr last = document.getDocument().getBody().getSectPr();
        if (last.isSetTitlePg()) {
            last.unsetTitlePg();
        }
    }

    private static void paper(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(landscape ? HEIGHT_MM : WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(landscape ? WIDTH_MM : HEIGHT_MM)));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(twips(MARGIN_MM));
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(twips(12.5)));
        margins.setFooter(BigInteger.valueOf(twips(12.5)));
        margins.setGutter(BigInteger.ZERO);
    }
}
