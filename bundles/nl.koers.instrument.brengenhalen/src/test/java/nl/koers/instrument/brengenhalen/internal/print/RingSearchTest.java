package nl.koers.instrument.brengenhalen.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.figure.kit.Sheet.Frame;

/**
 * The ring of the bring-get figure is found without placing every candidate's boxes; it must be the very ring the
 * old search placed them all to find. The old search is kept here as the reference.
 */
class RingSearchTest {
    private static final Frame A3 = new Frame(14.1, 40, 391.7, 243);
    private static final Frame A0 = new Frame(40, 110, 1109, 690);

    @Test
    void theSameRingAsPlacingEveryCandidate() {
        for (Frame area : List.of(A3, A0)) {
            double g = 4 * area.h() / 243;
            for (int n : new int[] {1, 2, 3, 4, 5, 6, 7, 9, 12, 16, 23}) {
                double coreW = area.w() * (n <= 2 ? 0.34 : n <= 4 ? 0.30 : 0.24);
                double coreH = area.h() * (n <= 4 ? 0.30 : 0.20);
                assertEquals(reference(area, g, n, coreW, coreH), Ring.search(area, g, n, coreW, coreH),
                        n + " partners");
                assertEquals(reference(area, g, n, area.w() * 0.1, area.h() * 0.1),
                        Ring.search(area, g, n, area.w() * 0.1, area.h() * 0.1), n + " partners, small core");
            }
        }
    }

    @Test
    void twoHundredPartnersInWellUnderASecond() {
        long start = System.nanoTime();
        Ring ring = Ring.search(A3, 4, 200, A3.w() * 0.1, A3.h() * 0.1);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, ring.boxes().size());
        assertTrue(millis < 1000, millis + " ms");
    }

    /** The search as it was: every candidate's boxes placed and looked at. */
    private static Ring reference(Frame area, double g, int n, double minCoreW, double minCoreH) {
        Ring best = null;
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
                        Ring candidate = Ring.place(area, g, l, r, t, b, sw, th);
                        Frame core = candidate.core();
                        if (core.w() < minCoreW || core.h() < minCoreH) {
                            continue;
                        }
                        double score = Double.MAX_VALUE;
                        for (Frame f : candidate.boxes()) {
                            score = Math.min(score, Math.min(f.w(), 2.2 * f.h()) * Math.min(f.h(), 2.0 * f.w()));
                        }
                        double coreArea = core.w() * core.h();
                        if (score > bestScore + 1e-6 || (Math.abs(score - bestScore) <= 1e-6 && coreArea > bestCore)) {
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
