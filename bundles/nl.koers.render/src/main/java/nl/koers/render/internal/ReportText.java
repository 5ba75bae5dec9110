package nl.koers.render.internal;

import java.io.IOException;
import java.util.List;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.TextMeasure;

/**
 * Running text on the report's pages: wrapped in the real font, then set page by page, as many whole lines on each
 * as fit. Each page's share of a text is one label whose lines all fit its width, so the label painter shows them
 * exactly as laid out and never needs an ellipsis.
 */
final class ReportText {
    /** How a text is set. */
    record Style(double sizePt, boolean bold, Colour colour) {
        double lineMm() {
            return TextMeasure.lineHeightMm(sizePt);
        }
    }

    /** A shaded box behind a text, with a small tag on top of its first part ("nog in te vullen"). */
    record Shade(Colour fill, Colour edge, String tag, Style tagStyle) {
        static final double PAD_MM = 2.5;
    }

    /** Frames get this much more height and width than their lines need: sums of widths differ in the last bits. */
    private static final double SLACK_MM = 0.01;

    private final ReportFlow flow;
    private final DocumentFonts fonts;

    ReportText(ReportFlow flow, DocumentFonts fonts) {
        this.flow = flow;
        this.fonts = fonts;
    }

    /** {@code text} as the lines it takes at width {@code widthMm}. */
    List<String> lines(String text, double widthMm, Style style) throws IOException {
        PdfFont font = fonts.of(style.bold());
        return new WordWrap(font, style.sizePt()).lines(font.printable(text), widthMm);
    }

    /** {@return the width of a single line of {@code text}} */
    double width(String text, Style style) throws IOException {
        PdfFont font = fonts.of(style.bold());
        return font.widthMm(font.printable(text), style.sizePt());
    }

    /** Sets {@code text} at the cursor, over as many pages as it needs; the cursor ends below it. */
    void flow(String text, double x, double widthMm, Style style) throws IOException {
        flow(lines(text, widthMm, style), x, widthMm, style, null);
    }

    /** Sets lines at the cursor, over as many pages as they need, on a shaded box when {@code shade} is given. */
    void flow(List<String> lines, double x, double widthMm, Style style, Shade shade) throws IOException {
        double line = style.lineMm();
        double pad = shade == null ? 0 : Shade.PAD_MM;
        double tag = shade == null ? 0 : shade.tagStyle().lineMm() + 1;
        int i = 0;
        while (i < lines.size()) {
            double head = i == 0 ? tag : 0;
            flow.need(head + line + 2 * pad);
            int fit = Math.max(1, (int) Math.floor((flow.room() - head - 2 * pad + SLACK_MM) / line));
            int n = Math.min(fit, lines.size() - i);
            if (shade != null) {
                flow.add(new Box(x - pad, flow.y(), widthMm + 2 * pad, head + n * line + 2 * pad, shade.fill(),
                        shade.edge(), 0.3, 1));
                flow.down(pad);
                if (i == 0) {
                    set(List.of(shade.tag()), x, widthMm, shade.tagStyle());
                    flow.down(1);
                }
            }
            set(lines.subList(i, i + n), x, widthMm, style);
            flow.down(pad);
            i += n;
            if (i < lines.size()) {
                flow.newPage();
            }
        }
    }

    /** Puts lines that fit the page at the cursor, as one label; the cursor goes below them. */
    void set(List<String> lines, double x, double widthMm, Style style) {
        double height = lines.size() * style.lineMm();
        flow.add(label(x, flow.y(), widthMm, lines, style, Label.Align.LEFT));
        flow.down(height);
    }

    /** A label that shows {@code lines} as they are. */
    static Label label(double x, double y, double widthMm, List<String> lines, Style style, Label.Align align) {
        return new Label(x, y, widthMm + SLACK_MM, lines.size() * style.lineMm() + SLACK_MM, String.join("\n", lines),
                style.sizePt(), style.bold(), style.colour(), align);
    }
}
