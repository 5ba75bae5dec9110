package nl.koers.instrument.brengenhalen.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.brengenhalen.internal.Dossiers;
import nl.koers.instrument.brengenhalen.internal.Phrases;

/**
 * The ring of partners is found as before, without placing every box of every candidate; and a page of the figure
 * shows only the partners asked for, as the screen shows a large table.
 */
class BringGetFigurePagesTest {
    private final Phrases say = new Phrases(Locale.of("nl"));

    @Test
    void theRingIsTheOneTheFullSearchFinds() {
        for (PageSize size : List.of(PageSize.A3_LANDSCAPE, PageSize.A0_LANDSCAPE)) {
            BringGetFigure figure = new BringGetFigure(say, size);
            double k = Math.min(size.widthMm(), size.heightMm()) / PageSize.A3_LANDSCAPE.heightMm();
            for (Frame area : List.of(new Frame(12 * k, 40 * k, 396 * k, 245 * k), new Frame(10, 30, 300, 260))) {
                for (int n : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 17, 24, 31, 50, 80}) {
                    assertEquals(Reference.ring(area, n, k), figure.ring(area, n), size + ", " + area + ", " + n);
                }
            }
        }
    }

    @Test
    void aPageShowsItsPartnersAndNoOthers() {
        Dossier d = Dossiers.table(60);
        BringGetFigure figure = new BringGetFigure(say, PageSize.A3_LANDSCAPE);
        Set<String> texts = PrintablesTest.labels(figure.page(d, 24, 48)).stream()
                .map(nl.koers.instrument.api.figure.Label::text).collect(Collectors.toSet());
        for (int i = 0; i < d.partners().size(); i++) {
            Partner p = d.partners().get(i);
            assertEquals(i >= 24 && i < 48, texts.contains(say.name(p)), p.name());
        }
        assertTrue(texts.contains(d.title()), "the title is on every page");
        assertEquals(PrintablesTest.labels(figure.page(d)), PrintablesTest.labels(figure.page(d, 0, 60)),
                "all partners: the printed figure");
        assertFalse(PrintablesTest.labels(figure.page(d, 0, 0)).isEmpty(), "no partners: the core alone");
    }

    /** The search as it was: every box of every candidate placed and scored. */
    private static final class Reference {
        static BringGetFigure.Ring ring(Frame area, int n, double k) {
            double g = 4 * k;
            if (n == 0) {
                return new BringGetFigure.Ring(List.of(), new Frame(area.x() + area.w() * 0.25,
                        area.y() + area.h() * 0.25, area.w() * 0.5, area.h() * 0.5));
            }
            double minCoreW = area.w() * (n <= 2 ? 0.34 : n <= 4 ? 0.30 : 0.24);
            double minCoreH = area.h() * (n <= 4 ? 0.30 : 0.20);
            BringGetFigure.Ring best = search(area, g, n, minCoreW, minCoreH);
            return best != null ? best : search(area, g, n, area.w() * 0.1, area.h() * 0.1);
        }

        private static BringGetFigure.Ring search(Frame area, double g, int n, double minCoreW, double minCoreH) {
            BringGetFigure.Ring best = null;
            double bestScore = -1;
            double bestCore = -1;
            for (int l = 1; l <= n; l++) {
                for (int r = Math.max(0, l - 1); r <= l; r++) {
                    int rest = n - l - r;
                    if (rest < 0 || (n >= 2 && r == 0)) {
                        continue;
                    }
                    int t = (rest + 1) / 2;
                    int b = rest / 2;
                    double thFrom = t + b > 0 ? area.h() * 0.08 : 0;
                    double thTo = t + b > 0 ? area.h() * 0.45 : 0;
                    double thStep = t + b > 0 ? area.h() * 0.005 : 1;
                    for (double sw = area.w() * 0.08; sw <= area.w() * 0.48; sw += area.w() * 0.005) {
                        for (double th = thFrom; th <= thTo + 1e-9; th += thStep) {
                            BringGetFigure.Ring candidate = BringGetFigure.place(area, g, l, r, t, b, sw, th);
                            Frame core = candidate.core();
                            if (core.w() < minCoreW || core.h() < minCoreH) {
                                continue;
                            }
                            double score = Double.MAX_VALUE;
                            for (Frame f : candidate.boxes()) {
                                score = Math.min(score, Math.min(f.w(), 2.2 * f.h()) * Math.min(f.h(), 2.0 * f.w()));
                            }
                            double coreArea = core.w() * core.h();
                            if (score > bestScore + 1e-6
                                    || (Math.abs(score - bestScore) <= 1e-6 && coreArea > bestCore)) {
                                best = candidate;
                                bestScore = score;
                                bestCore = coreArea;
                            }
                        }
                    }
                }
            }
            return best;
        }
    }
}
