package nl.voorbeeldadvies.energiekaart.internal.print;

import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Sheet;
import nl.voorbeeldadvies.energiekaart.internal.EnergyMap;
import nl.voorbeeldadvies.energiekaart.internal.EnergyMap.ThemeEnergy;
import nl.voorbeeldadvies.energiekaart.internal.Heat;
import nl.voorbeeldadvies.energiekaart.internal.Involvement;
import nl.voorbeeldadvies.energiekaart.internal.Phrases;

/**
 * The poster: a title, the heat map (themes down, the four levels across, with who will pull each theme), and the
 * themes without energy at the foot. Rows share the height; themes that do not fit are counted, not squeezed. The
 * poster prints it, and the report chapter shows it as its figure.
 */
public final class EnergySheet {
    static final double TITLE_PT = 26;
    static final double HEAD_PT = 13;
    static final double CELL_PT = 16;
    static final double TEXT_PT = 12;
    /** Rows never get smaller than this, nor taller than {@link #MAX_ROW}. */
    static final double MIN_ROW = 11;
    static final double MAX_ROW = 24;

    private final Phrases say;
    private final PageSize size;

    public EnergySheet(Phrases say, PageSize size) {
        this.say = say;
        this.size = size;
    }

    public Page page(Dossier dossier) {
        List<Shape> out = new ArrayList<>();
        EnergyMap map = EnergyMap.of(dossier);
        double m = size.marginMm();
        double w = size.widthMm() - 2 * m;
        double y = m;
        String title = dossier.title().isBlank() ? say.get("print.title")
                : say.format("print.titleOf", dossier.title().strip());
        out.add(new Label(m, y, w, Sheet.height(1, TITLE_PT), title, TITLE_PT, true, Sheet.ACCENT, Label.Align.LEFT));
        y += Sheet.height(1, TITLE_PT) + 2;
        out.add(Sheet.text(m, y, w, say.format("print.subtitle", map.participants().size(), map.themes().size()),
                TEXT_PT, 2).coloured(Sheet.QUIET));
        y += Sheet.height(2, TEXT_PT) + 4;

        double footer = Sheet.height(3, TEXT_PT) + Sheet.height(1, HEAD_PT) + 4;
        double bottom = size.heightMm() - m - footer;
        if (map.themes().isEmpty()) {
            out.add(Sheet.text(m, y, w, say.get("print.empty"), CELL_PT, 2));
        } else {
            y = table(out, map, m, y, w, bottom);
        }
        foot(out, map, m, y + 8, w); // right under the map: the two belong together
        return new Page(size, out);
    }

    /** The heat map; returns where it ends. */
    private double table(List<Shape> out, EnergyMap map, double x, double y, double w, double bottom) {
        Involvement[] levels = Involvement.values();
        double themeW = w * 0.26;
        double cellW = w * 0.1;
        double pullW = w - themeW - levels.length * cellW;
        double head = Sheet.height(2, HEAD_PT) + 2;
        out.add(new Label(x, y, themeW, head, say.get("print.theme"), HEAD_PT, true, Sheet.INK, Label.Align.LEFT));
        for (int i = 0; i < levels.length; i++) {
            out.add(new Label(x + themeW + i * cellW, y, cellW, head, say.word(levels[i]), HEAD_PT, true, Sheet.INK,
                    Label.Align.CENTER));
        }
        out.add(new Label(x + themeW + levels.length * cellW + 3, y, pullW - 3, head, say.get("print.pullers"),
                HEAD_PT, true, Sheet.INK, Label.Align.LEFT));
        y += head;
        out.add(Sheet.rule(x, y, x + w));

        List<ThemeEnergy> rows = map.themes();
        double room = bottom - y;
        double even = Math.min(MAX_ROW, room / rows.size());
        double[] heights = new double[rows.size()];
        double used = 0;
        int fit = 0;
        for (ThemeEnergy row : rows) {
            // a row is as tall as its list of pullers needs, and shares what is left up to MAX_ROW
            double need = Sheet.height(Sheet.lines(pullers(row), pullW - 3, TEXT_PT), TEXT_PT) + 2;
            double h = Math.min(Math.max(MIN_ROW, Math.max(even, need)), Math.max(MIN_ROW, room - MIN_ROW));
            double reserve = fit == rows.size() - 1 ? 0 : MIN_ROW; // room for "and N more" below
            if (used + h + reserve > room) {
                break;
            }
            heights[fit++] = h;
            used += h;
        }
        boolean cut = fit < rows.size();
        int highest = map.highest();
        double top = y;
        for (int r = 0; r < fit; r++) {
            ThemeEnergy row = rows.get(r);
            double rowH = heights[r];
            out.add(new Label(x, top + 1, themeW - 2, rowH - 2, say.name(row.theme()), TEXT_PT + 2, true, Sheet.INK,
                    Label.Align.LEFT));
            for (int i = 0; i < levels.length; i++) {
                int n = row.count(levels[i]);
                int[] rgb = Heat.rgb(levels[i], n, highest);
                double cx = x + themeW + i * cellW;
                out.add(Box.filled(cx + 0.5, top + 0.5, cellW - 1, rowH - 1, new Colour(rgb[0], rgb[1], rgb[2])));
                double th = Sheet.height(1, CELL_PT);
                out.add(new Label(cx, top + (rowH - th) / 2, cellW, th, String.valueOf(n), CELL_PT, n > 0,
                        Heat.dark(rgb) ? Colour.WHITE : Sheet.INK, Label.Align.CENTER));
            }
            out.add(new Label(x + themeW + levels.length * cellW + 3, top + 1, pullW - 3, rowH - 2, pullers(row),
                    TEXT_PT, false, row.hasEnergy() ? Sheet.INK : Sheet.QUIET, Label.Align.LEFT));
            top += rowH;
            out.add(Sheet.rule(x, top, x + w));
        }
        y = top;
        if (cut) {
            out.add(Sheet.text(x, y + 1, w, say.format("print.more", rows.size() - fit), TEXT_PT, 1)
                    .coloured(Sheet.QUIET));
            y += MIN_ROW;
        }
        return y;
    }

    private String pullers(ThemeEnergy row) {
        return row.hasEnergy() ? say.joined(row.pullers().stream().map(say::nameWithPartner).toList())
                : say.get("print.nobody");
    }

    /** The themes nobody will pull, or that every theme has someone. */
    private void foot(List<Shape> out, EnergyMap map, double x, double y, double w) {
        out.add(new Label(x, y, w, Sheet.height(1, HEAD_PT), say.get("print.noEnergy"), HEAD_PT, true, Sheet.ACCENT,
                Label.Align.LEFT));
        y += Sheet.height(1, HEAD_PT) + 1;
        String text = map.themes().isEmpty() ? say.get("print.empty")
                : map.withoutEnergy().isEmpty() ? say.get("print.allHaveEnergy")
                        : say.joined(map.withoutEnergy().stream().map(say::name).toList());
        out.add(Sheet.text(x, y, w, text, TEXT_PT, 3));
    }
}
