package nl.koers.report.docx.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportWriter;
import nl.koers.render.Renderer;

/**
 * The report as a Word document that the consultant goes on editing: a cover, a table of contents, a chapter per
 * page start, the heading styles Word and LibreOffice list in their navigators, real tables and lists, and the
 * figures as PNG images at the width of the text.
 */
@Component(service = ReportWriter.class, property = ReportWriter.FORMAT_PROPERTY + "=" + DocxReportWriter.FORMAT)
public final class DocxReportWriter implements ReportWriter {
    static final String FORMAT = "docx";

    private final Renderer renderer;

    /**
     * Takes the renderer that draws the figures.
     *
     * @param renderer draws a figure's page as PNG
     */
    @Activate
    public DocxReportWriter(@Reference Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public void write(Report report, OutputStream out, Progress progress) throws IOException {
        Texts texts = Texts.load("nl.koers.report.docx.internal.Docx", report.locale(),
                DocxReportWriter.class.getClassLoader());
        // no context class loader is set around POI: writing reaches XmlBeans' types through this bundle's loader
        // only (DocxReportWriterIT calls it from a thread whose context class loader sees nothing)
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.addTo(document, report.locale());
            DocxPage.setUp(document, texts);
            properties(document, report);
            cover(document, report);
            List<Outline.Entry> outline = new Outline(report).entries();
            DocxContents.write(document, outline, texts);

            DocxBlocks blocks = new DocxBlocks(document, renderer, texts, outline);
            int total = report.chapters().size();
            for (int i = 0; i < total; i++) {
                stopWhenCancelled();
                Report.Chapter chapter = report.chapters().get(i);
                blocks.chapter(chapter.title(), chapter.blocks());
                progress.chapters(i + 1, total);
            }
            stopWhenCancelled();
            // Word then fills in the table of contents when it opens the file
            document.enforceUpdateFields();
            document.write(out);
        }
    }

    private static void stopWhenCancelled() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("the report was cancelled");
        }
    }

    private static void properties(XWPFDocument document, Report report) {
        var core = document.getProperties().getCoreProperties();
        core.setTitle(DocxText.xmlSafe(report.title()));
        core.setCreator("Koers");
        core.getUnderlyingProperties().setLanguageProperty(DocxStyles.languageTag(report.locale()));
    }

    private static void cover(XWPFDocument document, Report report) {
        XWPFParagraph title = document.createParagraph();
        title.setStyle(DocxStyles.TITLE);
        DocxText.append(title, report.title());
        for (Report.Fact fact : report.cover()) {
            XWPFParagraph line = document.createParagraph();
            line.setStyle(DocxStyles.COVER_FACT);
            DocxText.append(line, fact.label()).setColor("595959");
            line.createRun().addTab();
            DocxText.append(line, fact.value());
        }
    }
}
