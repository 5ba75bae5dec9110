package nl.koers.render.internal;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.TextMeasure;

/**
 * Writes a label's text: broken into lines by the figure API's {@link TextMeasure} with this font's widths (so it
 * breaks where the screen breaks), cut with an ellipsis where the frame ends, and clipped to the frame so that
 * nothing, not even one long word, can spill onto its neighbour.
 */
final class LabelPainter {
    private final PDPageContentStream content;
    private final PdfGeometry geometry;
    private final DocumentFonts fonts;

    LabelPainter(PDPageContentStream content, PdfGeometry geometry, DocumentFonts fonts) {
        this.content = content;
        this.geometry = geometry;
        this.fonts = fonts;
    }

    void paint(Label label) throws IOException {
        double size = label.sizePt();
        if (!(size > 0 && size < Float.MAX_VALUE)) {
            throw new IllegalArgumentException("a label's font size must be a positive number of points, not " + size
                    + ": " + label);
        }
        PdfFont font = fonts.of(label.bold());
        TextMeasure.Width width = text -> font.widthMm(text, size);
        List<String> lines = VisibleLines.of(TextMeasure.lines(font.printable(label.text()), label.width(), width),
                VisibleLines.maxLines(label.height(), size), label.width(), width);
        double lineMm = TextMeasure.lineHeightMm(size);
        double ascentMm = font.ascentMm(size);

        content.saveGraphicsState();
        content.addRect(geometry.x(label.x()), geometry.y(label.y() + label.height()), PdfGeometry.pt(label.width()),
                PdfGeometry.pt(label.height()));
        content.clip();
        content.beginText();
        content.setFont(font.pdFont(), (float) size);
        Colours.fill(content, label.colour());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            double x = label.x() + offset(label, width.of(line));
            double baseline = label.y() + i * lineMm + ascentMm;
            content.setTextMatrix(Matrix.getTranslateInstance(geometry.x(x), geometry.y(baseline)));
            content.showText(line);
        }
        content.endText();
        content.restoreGraphicsState();
    }

    private static double offset(Label label, double lineWidthMm) {
        return switch (label.align()) {
            case LEFT -> 0;
            case CENTER -> (label.width() - lineWidthMm) / 2;
            case RIGHT -> label.width() - lineWidthMm;
        };
    }
}
