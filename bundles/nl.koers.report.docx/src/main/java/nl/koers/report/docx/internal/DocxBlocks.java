package nl.koers.report.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.report.Block;
import nl.koers.render.Renderer;

/** Writes a chapter's title and blocks into the document, each kind as the word processor's own kind. */
final class DocxBlocks {
    /** Dots per inch of a figure as printed at the text's width: sharp on paper, a few hundred kB a figure. */
    private static final int FIGURE_DPI = 200;
    /** A figure this many times wider than the text gets a landscape page: at the text's width it is too small. */
    private static final double WIDE_FROM = 1.5;

    private final XWPFDocument document;
    private final Renderer renderer;
    private final Texts texts;
    private final Iterator<Outline.Entry> outline;
    private final DocxTables tables;
    private BigInteger bullets;
    private int bookmarks;
    private int figures;
    private int wideFigures;

    DocxBlocks(XWPFDocument document, Renderer renderer, Texts texts, List<Outline.Entry> outline) {
        this.document = document;
        this.renderer = renderer;
        this.texts = texts;
        this.outline = outline.iterator();
        this.tables = new DocxTables(document);
    }

    void chapter(String title, List<Block> blocks) throws IOException {
        heading(DocxStyles.HEADING_1, title, true);
        for (Block block : blocks) {
            switch (block) {
                case Block.Heading heading -> heading(heading.level() == 1 ? DocxStyles.HEADING_2
                        : DocxStyles.HEADING_3, heading.text(), heading.level() == 1);
                case Block.Paragraph paragraph -> paragraph(paragraph);
                case Block.Bullets list -> bullets(list.items());
                case Block.Table table -> tables.write(table);
                case Block.Figure figure -> figure(figure);
            }
        }
    }

    private void heading(String style, String text, boolean inContents) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        if (inContents) {
            bookmark(paragraph, outline.next().bookmark());
        }
        DocxText.append(paragraph, text);
        if (inContents) {
            paragraph.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarks));
        }
    }

    private void bookmark(XWPFParagraph paragraph, String name) {
        CTP p = paragraph.getCTP();
        CTBookmark start = p.addNewBookmarkStart();
        start.setId(BigInteger.valueOf(++bookmarks));
        start.setName(name);
    }

    private void paragraph(Block.Paragraph block) {
        XWPFParagraph paragraph = document.createParagraph();
        switch (block.kind()) {
            case BODY -> DocxText.append(paragraph, block.text());
            case NOTE -> {
                paragraph.setStyle(DocxStyles.NOTE);
                DocxText.append(paragraph, block.text());
            }
            case TO_FILL -> {
                paragraph.setStyle(DocxStyles.TO_FILL);
                XWPFRun label = DocxText.append(paragraph, texts.get("toFill"));
                label.setBold(true);
                label.setColor("7F6000");
                label.addBreak();
                DocxText.append(paragraph, block.text());
            }
        }
    }

    private void bullets(List<String> items) {
        if (bullets == null) {
            bullets = DocxStyles.bullets(document);
        }
        for (String item : items) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(DocxStyles.LIST);
            paragraph.setNumID(bullets);
            paragraph.setNumILvl(BigInteger.ZERO);
            DocxText.append(paragraph, item);
        }
    }

    /**
     * A figure at the text's width; a wide one (a canvas, a poster), whose words would be too small there, on a
     * landscape page of its own, as the PDF has it.
     */
    private void figure(Block.Figure figure) throws IOException {
        Page page = figure.page();
        boolean wide = page.size().widthMm() > DocxPage.TEXT_WIDTH_MM * WIDE_FROM
                && page.size().widthMm() > page.size().heightMm();
        double widthMm = wide ? DocxPage.WIDE_TEXT_WIDTH_MM : DocxPage.TEXT_WIDTH_MM;
        double most = wide ? DocxPage.WIDE_FIGURE_HEIGHT_MM : DocxPage.FIGURE_HEIGHT_MM;
        double heightMm = widthMm * page.size().heightMm() / page.size().widthMm();
        if (heightMm > most) {
            widthMm *= most / heightMm;
            heightMm = most;
        }
        if (wide) {
            DocxPage.endUpright(document, wideFigures++ == 0);
            DocxPage.notTheCover(document);
        }
        // rendered at the size it is printed, so a small page is not blown up and an A0 sheet not kept huge
        int dpi = Math.max(36, (int) Math.round(FIGURE_DPI * widthMm / page.size().widthMm()));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        renderer.writePng(page, dpi, png);

        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setKeepNext(!figure.caption().isEmpty());
        String name = "figuur-" + ++figures + ".png";
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), PictureType.PNG, name,
                    Units.toEMU(points(widthMm)), Units.toEMU(points(heightMm)));
        } catch (InvalidFormatException e) {
            throw new IOException("figure " + name + ": " + e.getMessage(), e);
        }
        if (!figure.caption().isEmpty()) {
            XWPFParagraph caption = document.createParagraph();
            caption.setStyle(DocxStyles.CAPTION);
            caption.setAlignment(ParagraphAlignment.CENTER);
            DocxText.append(caption, figure.caption());
        }
        if (wide) {
            DocxPage.endLandscape(document);
        }
    }

    private static double points(double mm) {
        return mm / 25.4 * 72;
    }
}
