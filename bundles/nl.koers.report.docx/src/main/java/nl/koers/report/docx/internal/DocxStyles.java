package nl.koers.report.docx.internal;

import java.math.BigInteger;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The document's styles, under the names Word and LibreOffice know as their own ("heading 1", "Title", "caption",
 * "toc 1"), so the navigation pane, the navigator and a table of contents find the chapters, and a consultant who
 * restyles the report in their house style changes it everywhere at once.
 */
final class DocxStyles {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String NOTE = "Note";
    static final String TO_FILL = "ToFill";
    static final String CAPTION = "Caption";
    static final String LIST = "ListParagraph";
    static final String COVER_FACT = "CoverFact";
    static final String TOC_HEADING = "TOCHeading";
    static final String TOC_1 = "TOC1";
    static final String TOC_2 = "TOC2";
    static final String FOOTER = "Footer";

    private static final String FONT = "Calibri";
    private static final String DARK_BLUE = "1F3864";
    private static final String BLUE = "2F5496";
    private static final String GREY = "595959";

    private DocxStyles() {
    }

    /** Adds the styles, with the report's language as every text's default. */
    static void addTo(XWPFDocument document, Locale locale) {
        XWPFStyles styles = document.createStyles();
        defaults(styles, locale);

        CTStyle normal = paragraph(NORMAL, "Normal", null);
        normal.setDefault(true);
        spacing(normal.addNewPPr(), 0, 120);
        add(styles, normal);

        CTStyle title = paragraph(TITLE, "Title", NORMAL);
        spacing(title.addNewPPr(), 2400, 480);
        size(text(title, DARK_BLUE), 26).addNewB();
        add(styles, title);

        add(styles, heading(HEADING_1, 1, 18, DARK_BLUE, 0, true));
        add(styles, heading(HEADING_2, 2, 14, BLUE, 360, false));
        add(styles, heading(HEADING_3, 3, 12, BLUE, 240, false));

        CTStyle note = paragraph(NOTE, "Note", NORMAL);
        size(text(note, GREY), 9);
        add(styles, note);

        // shaded and ruled on the left, so a page that still has open parts shows them at a glance
        CTStyle toFill = paragraph(TO_FILL, "To fill", NORMAL);
        CTPPrGeneral fill = toFill.addNewPPr();
        CTShd shade = fill.addNewShd();
        shade.setVal(STShd.CLEAR);
        shade.setFill("FFF2CC");
        border(fill.addNewPBdr().addNewLeft(), 24, "BF9000");
        spacing(fill, 120, 120);
        add(styles, toFill);

        CTStyle caption = paragraph(CAPTION, "caption", NORMAL);
        spacing(caption.addNewPPr(), 60, 240);
        size(text(caption, GREY), 9).addNewI();
        add(styles, caption);

        CTStyle list = paragraph(LIST, "List Paragraph", NORMAL);
        spacing(list.addNewPPr(), 0, 40);
        add(styles, list);

        CTStyle fact = paragraph(COVER_FACT, "Cover fact", NORMAL);
        CTPPrGeneral factParagraph = fact.addNewPPr();
        tab(factParagraph, DocxPage.twips(45), STTabJc.LEFT, STTabTlc.NONE);
        // a long value (the theme) wraps under itself, not under its label
        factParagraph.addNewInd().setLeft(BigInteger.valueOf(DocxPage.twips(45)));
        factParagraph.getInd().setHanging(BigInteger.valueOf(DocxPage.twips(45)));
        spacing(factParagraph, 0, 80);
        size(text(fact, null), 12);
        add(styles, fact);

        CTStyle contents = paragraph(TOC_HEADING, "TOC Heading", NORMAL);
        CTPPrGeneral contentsParagraph = contents.addNewPPr();
        contentsParagraph.addNewPageBreakBefore();
        spacing(contentsParagraph, 0, 240);
        size(text(contents, DARK_BLUE), 18).addNewB();
        add(styles, contents);

        add(styles, contentsLine(TOC_1, "toc 1", 0, true));
        add(styles, contentsLine(TOC_2, "toc 2", DocxPage.twips(5), false));

        CTStyle footer = paragraph(FOOTER, "footer", NORMAL);
        size(text(footer, GREY), 9);
        add(styles, footer);

    }

    /** A list style with a bullet before each item; returns the number id that paragraphs refer to. */
    static BigInteger bullets(XWPFDocument document) {
        CTAbstractNum bullet = CTAbstractNum.Factory.newInstance();
        bullet.setAbstractNumId(BigInteger.ONE);
        CTLvl level = bullet.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("\u2022");
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(DocxPage.twips(6)));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(DocxPage.twips(4)));
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(bullet, numbering));
        return numbering.addNum(abstractId);
    }

    private static void defaults(XWPFStyles styles, Locale locale) {
        CTDocDefaults defaults = styles.getCtStyles().addNewDocDefaults();
        CTRPr text = defaults.addNewRPrDefault().addNewRPr();
        fonts(text.addNewRFonts());
        text.addNewSz().setVal(BigInteger.valueOf(21));
        text.addNewSzCs().setVal(BigInteger.valueOf(21));
        String language = languageTag(locale);
        var lang = text.addNewLang();
        lang.setVal(language);
        lang.setEastAsia(language);
        lang.setBidi(language);
        spacing(defaults.addNewPPrDefault().addNewPPr(), 0, 120).setLine(BigInteger.valueOf(264));
        defaults.getPPrDefault().getPPr().getSpacing().setLineRule(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
    }

    /** {@code nl-NL} for Dutch, {@code en-GB} for English: a word processor's spelling checker wants a region. */
    static String languageTag(Locale locale) {
        if (!locale.getCountry().isEmpty()) {
            return locale.toLanguageTag();
        }
        return switch (locale.getLanguage()) {
            case "nl" -> "nl-NL";
            case "en" -> "en-GB";
            default -> locale.toLanguageTag();
        };
    }

    private static CTStyle heading(String id, int level, int points, String colour, int before, boolean newPage) {
        CTStyle heading = paragraph(id, "heading " + level, NORMAL);
        heading.addNewNext().setVal(NORMAL);
        CTPPrGeneral paragraph = heading.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewKeepLines();
        if (newPage) {
            paragraph.addNewPageBreakBefore();
        }
        spacing(paragraph, before, 120);
        // the outline level is what navigators and the table of contents read
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        size(text(heading, colour), points).addNewB();
        return heading;
    }

    private static CTStyle contentsLine(String id, String name, int indent, boolean bold) {
        CTStyle line = paragraph(id, name, NORMAL);
        CTPPrGeneral paragraph = line.addNewPPr();
        tab(paragraph, DocxPage.TEXT_WIDTH_TWIPS, STTabJc.RIGHT, STTabTlc.DOT);
        spacing(paragraph, bold ? 120 : 0, 60);
        if (indent > 0) {
            paragraph.addNewInd().setLeft(BigInteger.valueOf(indent));
        }
        if (bold) {
            text(line, null).addNewB();
        }
        return line;
    }

    private static CTStyle paragraph(String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        return style;
    }

    private static CTRPr text(CTStyle style, String colour) {
        CTRPr text = style.addNewRPr();
        if (colour != null) {
            text.addNewColor().setVal(colour);
        }
        return text;
    }

    private static CTRPr size(CTRPr text, int points) {
        text.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        text.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        return text;
    }

    private static CTSpacing spacing(CTPPrGeneral paragraph, int before, int after) {
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        return spacing;
    }

    private static void tab(CTPPrGeneral paragraph, int position, STTabJc.Enum alignment, STTabTlc.Enum leader) {
        CTTabStop stop = paragraph.addNewTabs().addNewTab();
        stop.setVal(alignment);
        stop.setLeader(leader);
        stop.setPos(BigInteger.valueOf(position));
    }

    private static void border(CTBorder border, int eighthsOfAPoint, String colour) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighthsOfAPoint));
        border.setSpace(BigInteger.valueOf(4));
        border.setColor(colour);
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
