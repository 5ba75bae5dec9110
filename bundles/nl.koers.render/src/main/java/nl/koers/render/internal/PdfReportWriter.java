package nl.koers.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportWriter;

/**
 * The report as PDF: A4 pages with DejaVu Sans embedded, figures as vector graphics, page numbers in the footer
 * ("pagina 3 van 12"), a table of contents, a bookmark per chapter and the title in the file's properties.
 */
@Component(service = ReportWriter.class, property = ReportWriter.FORMAT_PROPERTY + "=" + PdfReportWriter.FORMAT)
public final class PdfReportWriter implements ReportWriter {
    static final String FORMAT = "pdf";
    private static final ReportText.Style FOOTER = new ReportText.Style(8.5, false, new Colour(110, 110, 110));

    private final FontFiles fonts = new FontFiles();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public void write(Report report, OutputStream out, Progress progress) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Progress told = progress == null ? Progress.NONE : progress;
        Texts texts = Texts.load("nl.koers.render.internal.Report", report.locale(),
                PdfReportWriter.class.getClassLoader());
        try (PDDocument document = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(document, fonts);
            ReportLayout.Laid laid = new ReportLayout(report, texts, documentFonts).layout();
            paint(laid, document, documentFonts, texts, report.chapters().size(), told);
            outline(report, laid, document);
            links(laid, document);
            properties(report, document);
            ReportLayout.stopWhenCancelled();
            document.save(new KeptOpen(out));
        }
    }

    /** Draws the sheets in order, telling after each chapter's last sheet, and stopping between chapters. */
    private static void paint(ReportLayout.Laid laid, PDDocument document, DocumentFonts fonts, Texts texts,
            int chapters, Progress progress) throws IOException {
        List<ReportFlow.Sheet> sheets = laid.sheets();
        int done = 0;
        for (int i = 0; i < sheets.size(); i++) {
            if (done < chapters && i == laid.chapterSheets().get(done)) {
                ReportLayout.stopWhenCancelled();
            }
            PageSize size = sheets.get(i).size();
            PDPage page = new PDPage(new PDRectangle(PdfGeometry.pt(size.widthMm()), PdfGeometry.pt(size.heightMm())));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                sheet(sheets.get(i), content, fonts);
                if (i > 0) {
                    footer(texts.format("report.page", i + 1, sheets.size()), size, content, fonts);
                }
            }
            // every chapter starts on a page of its own, so its last page is the one before the next chapter's
            int last = done + 1 < chapters ? laid.chapterSheets().get(done + 1) - 1 : sheets.size() - 1;
            if (done < chapters && i == last) {
                done++;
                progress.chapters(done, chapters);
            }
        }
    }

    private static void sheet(ReportFlow.Sheet sheet, PDPageContentStream content, DocumentFonts fonts)
            throws IOException {
        PagePainter painter = new PagePainter(content, new Page(sheet.size(), List.of()), fonts);
        for (ReportFlow.Piece piece : sheet.pieces()) {
            switch (piece) {
                case ReportFlow.Drawn drawn -> painter.paint(drawn.shape());
                case ReportFlow.Figure figure -> figure(figure, sheet.size(), content, fonts);
            }
        }
    }

    /** The figure's own page, scaled into its frame and clipped to it: vector graphics, text as text. */
    private static void figure(ReportFlow.Figure figure, PageSize paper, PDPageContentStream content,
            DocumentFonts fonts) throws IOException {
        PdfGeometry sheet = new PdfGeometry(paper.heightMm());
        float left = sheet.x(figure.x());
        float bottom = sheet.y(figure.y() + figure.height());
        content.saveGraphicsState();
        content.addRect(left, bottom, PdfGeometry.pt(figure.width()), PdfGeometry.pt(figure.height()));
        content.clip();
        double scale = figure.width() / figure.page().size().widthMm();
        content.transform(new Matrix((float) scale, 0, 0, (float) scale, left, bottom));
        new PagePainter(content, figure.page(), fonts).paint();
        content.restoreGraphicsState();
    }

    private static void footer(String text, PageSize paper, PDPageContentStream content, DocumentFonts fonts)
            throws IOException {
        double y = paper.heightMm() - ReportFlow.BOTTOM_MM + 8;
        new PagePainter(content, new Page(paper, List.of()), fonts)
                .paint(ReportText.label(ReportFlow.LEFT, y, paper.widthMm() - 2 * ReportFlow.SIDE_MM, List.of(text),
                        FOOTER, Label.Align.CENTER));
    }

    /** A bookmark per chapter, so a reader's side panel lists them. */
    private static void outline(Report report, ReportLayout.Laid laid, PDDocument document) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (int i = 0; i < report.chapters().size(); i++) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(report.chapters().get(i).title());
            item.setDestination(destination(document, laid.chapterSheets().get(i)));
            outline.addLast(item);
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** Each line of the table of contents takes the reader to its chapter. */
    private static void links(ReportLayout.Laid laid, PDDocument document) throws IOException {
        PdfGeometry sheet = new PdfGeometry(ReportFlow.SIZE.heightMm());
        for (int i = 0; i < laid.contents().size(); i++) {
            ReportLayout.Entry entry = laid.contents().get(i);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(sheet.x(ReportFlow.LEFT), sheet.y(entry.top() + entry.height()),
                    PdfGeometry.pt(ReportFlow.WIDTH), PdfGeometry.pt(entry.height())));
            PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
            noBorder.setWidth(0);
            link.setBorderStyle(noBorder);
            PDActionGoTo goTo = new PDActionGoTo();
            goTo.setDestination(destination(document, laid.chapterSheets().get(i)));
            link.setAction(goTo);
            document.getPage(entry.sheet()).getAnnotations().add(link);
        }
    }

    private static PDPageFitWidthDestination destination(PDDocument document, int sheet) {
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(document.getPage(sheet));
        destination.setTop((int) PdfGeometry.pt(ReportFlow.SIZE.heightMm()));
        return destination;
    }

    private static void properties(Report report, PDDocument document) {
        var info = document.getDocumentInformation();
        info.setTitle(report.title());
        info.setCreator("Koers");
        info.setCreationDate(Calendar.getInstance());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
        document.getDocumentCatalog().setLanguage(report.locale().toLanguageTag());
    }
}
