package nl.koers.render.internal;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.Shape;

/** Draws one page's shapes, in their order, onto a PDF page of the same size. */
final class PagePainter {
    /** How far a cubic Bézier's control points sit from a quarter circle's ends, as a share of its radius. */
    private static final float KAPPA = 0.5522848f;

    private final PDPageContentStream content;
    private final Page page;
    private final PdfGeometry geometry;
    private final LabelPainter labels;

    PagePainter(PDPageContentStream content, Page page, DocumentFonts fonts) {
        this.content = content;
        this.page = page;
        this.geometry = new PdfGeometry(page.size().heightMm());
        this.labels = new LabelPainter(content, geometry, fonts);
    }

    void paint() throws IOException {
        for (Shape shape : page.shapes()) {
            paint(shape);
        }
    }

    /** One shape, in the page's coordinates; the report draws its flowing pages shape by shape. */
    void paint(Shape shape) throws IOException {
        switch (shape) {
            case Box box -> box(box);
            case Line line -> line(line);
            case Label label -> labels.paint(label);
        }
    }

    private void box(Box box) throws IOException {
        if (box.fill() != null) {
            Colours.fill(content, box.fill());
            outline(box);
            content.fill();
        }
        if (box.stroke() != null) {
            Colours.stroke(content, box.stroke());
            content.setLineWidth(PdfGeometry.pt(box.strokeMm()));
            outline(box);
            content.stroke();
        }
    }

    /** The box's path: a rectangle, or with rounded corners of radius {@code cornerMm} like the screen's. */
    private void outline(Box box) throws IOException {
        float left = geometry.x(box.x());
        float right = geometry.x(box.x() + box.width());
        float top = geometry.y(box.y());
        float bottom = geometry.y(box.y() + box.height());
        float r = Math.min(PdfGeometry.pt(box.cornerMm()), Math.min(right - left, top - bottom) / 2);
        if (r <= 0) {
            content.addRect(left, bottom, right - left, top - bottom);
            return;
        }
        float k = r * KAPPA;
        content.moveTo(left + r, bottom);
        content.lineTo(right - r, bottom);
        content.curveTo(right - r + k, bottom, right, bottom + r - k, right, bottom + r);
        content.lineTo(right, top - r);
        content.curveTo(right, top - r + k, right - r + k, top, right - r, top);
        content.lineTo(left + r, top);
        content.curveTo(left + r - k, top, left, top - r + k, left, top - r);
        content.lineTo(left, bottom + r);
        content.curveTo(left, bottom + r - k, left + r - k, bottom, left + r, bottom);
        content.closePath();
    }

    private void line(Line line) throws IOException {
        Colours.stroke(content, line.colour());
        content.setLineWidth(PdfGeometry.pt(line.widthMm()));
        content.moveTo(geometry.x(line.x1()), geometry.y(line.y1()));
        content.lineTo(geometry.x(line.x2()), geometry.y(line.y2()));
        content.stroke();
    }
}
