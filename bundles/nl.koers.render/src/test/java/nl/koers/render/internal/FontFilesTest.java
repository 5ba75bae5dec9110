package nl.koers.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;

/** The embedded fonts carry no substitutions for PDFBox to apply line by line, and text still reads back as typed. */
class FontFilesTest {
    private final FontFiles files = new FontFiles();

    @Test
    void pdfBoxFindsNoSubstitutionsToApply() throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (FontFiles.Weight weight : FontFiles.Weight.values()) {
                PdfFont font = PdfFont.embed(document, files.bytes(weight));
                assertEquals(GsubData.NO_DATA_FOUND, font.pdFont().getGsubData(), weight.name());
            }
        }
    }

    @Test
    void ligaturesAndAccentsReadBackAsTyped() throws IOException {
        String typed = "officieel fijn afflux: ideeën, coöperatie, Zoë";
        String text = Pdfs.text(Pdfs.write(new PdfBoxRenderer(), List.of(new Page(PageSize.A4_PORTRAIT,
                List.of(Label.of(20, 20, 170, 10, typed, 12), Label.of(20, 40, 170, 10, typed, 12).inBold())))));
        assertEquals(2, text.split(typed, -1).length - 1, text);
        assertTrue(files.bytes(FontFiles.Weight.REGULAR).length > 100_000);
    }
}
