package nl.koers.render.internal;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import nl.koers.instrument.api.figure.Page;

/** Builds a PDF document in memory from pages, each at its own paper size. */
final class PdfDocuments {
    private PdfDocuments() {
    }

    /** The caller closes the document. */
    static PDDocument of(List<Page> pages, FontFiles fontFiles) throws IOException {
        PDDocument document = new PDDocument();
        try {
            DocumentFonts fonts = new DocumentFonts(document, fontFiles);
            for (Page page : pages) {
                PDPage sheet = new PDPage(new PDRectangle(PdfGeometry.pt(page.size().widthMm()),
                        PdfGeometry.pt(page.size().heightMm())));
                document.addPage(sheet);
                try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
                    new PagePainter(content, page, fonts).paint();
                }
            }
            document.getDocumentInformation().setCreator("Koers");
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }
}
