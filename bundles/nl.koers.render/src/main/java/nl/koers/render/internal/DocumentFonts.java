package nl.koers.render.internal;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;

import nl.koers.render.internal.FontFiles.Weight;

/** The fonts of one PDF, embedded when a label first needs them: a page without bold text carries no bold font. */
final class DocumentFonts {
    private final PDDocument document;
    private final FontFiles files;
    private final Map<Weight, PdfFont> embedded = new EnumMap<>(Weight.class);

    DocumentFonts(PDDocument document, FontFiles files) {
        this.document = document;
        this.files = files;
    }

    PdfFont of(boolean bold) throws IOException {
        Weight weight = bold ? Weight.BOLD : Weight.REGULAR;
        PdfFont font = embedded.get(weight);
        if (font == null) {
            font = PdfFont.embed(document, files.bytes(weight));
            embedded.put(weight, font);
        }
        return font;
    }
}
