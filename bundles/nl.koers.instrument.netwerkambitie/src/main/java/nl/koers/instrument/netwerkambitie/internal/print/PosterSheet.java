package nl.koers.instrument.netwerkambitie.internal.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Partner;
import nl.koers.domain.Recognition;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.netwerkambitie.internal.Phrases;
import nl.koers.instrument.api.figure.kit.Flow;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;

/**
 * The current shared ambition as a poster for the wall: the statement large, then what it asks of the partners,
 * the facts it rests on with their sources, and whether each partner recognises itself in it, with its remark.
 * The type grows with the sheet (A3 is the measure; A0 is 2.8 times larger) and then with what there is to say:
 * the body takes the largest type at which all of it fills the sheet, between {@link #LEAST} and {@link #MOST}
 * times the measure. Only when even the smallest does not hold everything, the columns say how many facts or
 * partners are left out and where to read them.
 */
final class PosterSheet {
    /** The smallest the body's type gets, as a share of the measure: still readable from a step away. */
    static final double LEAST = 0.6;
    /** The largest: a short ambition on a large sheet reads from across the room, and does not fill it more. */
    static final double MOST = 1.8;
    private static final Colour YES = new Colour(20, 110, 50);
    private static final Colour PARTLY = new Colour(170, 105, 0);
    private static final int WHOLE = 999;

    private final Phrases say;
    private final PageSize size;
    private final double k;

    PosterSheet(Phrases say, PageSize size) {
        this.say = say;
        this.size = size;
        this.k = Math.min(size.widthMm(), size.heightMm()) / PageSize.A3_LANDSCAPE.heightMm();
    }

    Page page(Dossier d) {
        List<Shape> out = new ArrayList<>();
        double m = size.marginMm();
        Frame page = new Frame(m, m, size.widthMm() - 2 * m, size.heightMm() - 2 * m);
        Optional<AmbitionVersion> current = d.ambition().current();
        double y = header(out, page, d, current);
        if (current.isEmpty()) {
            double pt = 28 * k;
            out.add(new Label(page.x(), y + 20 * k, page.w(), Sheet.height(2, pt), say.get("poster.none"), pt, true,
                    Sheet.INK, Label.Align.LEFT));
            double hintPt = 14 * k;
            out.add(new Label(page.x(), y + 20 * k + Sheet.height(2, pt) + 6 * k, page.w(), Sheet.height(2, hintPt),
                    say.get("poster.noneHint"), hintPt, false, Sheet.QUIET, Label.Align.LEFT));
            return new Page(size, out);
        }
        AmbitionVersion v = current.get();
        double scale = scale(page, y, d, v);
        // a short ambition at the largest type leaves room: the statement's band takes it, so the page is used
        double room = Math.max(0, page.bottom() - new Body(page, y, d, v, scale, 0).bottom());
        new Body(page, y, d, v, scale, room).draw(out);
        return new Page(size, out);
    }

    /** The largest scale of the body's type at which all of it fits the sheet; the smallest when none does. */
    private double scale(Frame page, double top, Dossier d, AmbitionVersion v) {
        if (new Body(page, top, d, v, MOST, 0).bottom() <= page.bottom()) {
            return MOST;
        }
        double low = LEAST;
        double high = MOST;
        for (int i = 0; i < 20; i++) {
            double mid = (low + high) / 2;
            if (new Body(page, top, d, v, mid, 0).bottom() <= page.bottom()) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private double header(List<Shape> out, Frame page, Dossier d, Optional<AmbitionVersion> v) {
        double kickerPt = 14 * k;
        double titlePt = 22 * k;
        double y = page.y();
        out.add(new Label(page.x(), y, page.w() * 0.6, Sheet.height(1, kickerPt), say.get("poster.kicker"),
                kickerPt, true, Sheet.ACCENT, Label.Align.LEFT));
        v.ifPresent(version -> out.add(new Label(page.x() + page.w() * 0.6, y, page.w() * 0.4,
                Sheet.height(1, kickerPt), say.version(version), kickerPt, false, Sheet.QUIET, Label.Align.RIGHT)));
        double ty = y + Sheet.height(1, kickerPt) + 1.5 * k;
        int titleLines = Sheet.PRINTED.lines(d.title(), page.w(), titlePt, true);
        out.add(new Label(page.x(), ty, page.w(), Sheet.height(titleLines, titlePt), d.title(), titlePt, true,
                Sheet.INK, Label.Align.LEFT));
        return ty + Sheet.height(titleLines, titlePt) + 6 * k;
    }

    /**
     * The statement and the two columns below it, at one scale of type: what it needs, and drawn. The statement's
     * band is {@code room} higher than its text, which sits in the band's middle.
     */
    private final class Body {
        private final Frame page;
        private final double top;
        private final Dossier d;
        private final AmbitionVersion v;
        private final double s;
        private final double room;
        private final double pad;
        private final double statementPt;
        private final double statementH;
        private final Frame left;
        private final Frame right;

        Body(Frame page, double top, Dossier d, AmbitionVersion v, double s, double room) {
            this.page = page;
            this.room = room;
            this.top = top;
            this.d = d;
            this.v = v;
            this.s = s;
            this.pad = 6 * k * s;
            double pt = 30 * k * s;
            // a long statement gets smaller type rather than more than a third of the sheet
            while (pt > 12 * k && Sheet.height(statementLines(pt), pt) > page.h() / 3 - 2 * pad) {
                pt *= 0.95;
            }
            this.statementPt = pt;
            this.statementH = Math.min(Sheet.height(statementLines(pt), pt), page.h() / 3 - 2 * pad);
            double y = top + statementH + 2 * pad + room + 8 * k * s;
            double gap = 10 * k;
            double colW = (page.w() - gap) / 2;
            this.left = new Frame(page.x(), y, colW, page.bottom() - y);
            this.right = new Frame(page.x() + colW + gap, y, colW, page.bottom() - y);
        }

        private String statement() {
            return v.statement().isBlank() ? say.get("poster.noStatement") : v.statement();
        }

        private int statementLines(double pt) {
            return Sheet.PRINTED.lines(statement(), page.w() - 2 * pad, pt, true);
        }

        /** {@return where the body would end if the sheet were as long as it needs} */
        double bottom() {
            double concretisation = concretisationHeight();
            double facts = Flow.need(Sheet.PRINTED, facts(), left.w(), factPt(), 0, WHOLE, entryGap());
            double endorsements = Flow.need(Sheet.PRINTED, endorsementEntries(), right.w(), entryPt(), marker(),
                    WHOLE, entryGap());
            double leftH = headingHeight(say.get("poster.concretisation"), left) + concretisation + 8 * k * s
                    + headingHeight(say.get("poster.facts"), left) + facts;
            double rightH = headingHeight(say.get("poster.endorsements"), right) + endorsements;
            return left.y() + Math.max(leftH, rightH);
        }

        void draw(List<Shape> out) {
            out.add(new Box(page.x(), top, page.w(), statementH + 2 * pad + room, Sheet.STRIP, null, 0, 3 * k));
            out.add(new Label(page.x() + pad, top + pad + room / 2, page.w() - 2 * pad, statementH, statement(),
                    statementPt, true, v.statement().isBlank() ? Sheet.QUIET : Sheet.INK, Label.Align.LEFT));
            double leftEnd = concretisationAndFacts(out);
            double y = heading(out, right, right.y(), say.get("poster.endorsements"));
            Frame rest = new Frame(right.x(), y, right.w(), right.bottom() - y);
            List<Flow.Entry> entries = endorsementEntries();
            // when the right column is too short even at the smallest type, the partners go on below the facts
            Frame below = new Frame(left.x(), leftEnd + 8 * k * s, left.w(), left.bottom() - leftEnd - 8 * k * s);
            int inRight = below.h() > headingHeight(say.get("poster.endorsementsContinued"), left) + 3 * Sheet.height(
                    1, entryPt()) ? wholeIn(entries, rest) : entries.size();
            new Flow(Sheet.PRINTED, out, rest, entryPt(), marker(), WHOLE).set(entries.subList(0, inRight),
                    say.get("poster.noPartners"), n -> say.format("poster.morePartners", n), entryGap());
            if (inRight < entries.size()) {
                double ly = heading(out, below, below.y(), say.get("poster.endorsementsContinued"));
                new Flow(Sheet.PRINTED, out, new Frame(below.x(), ly, below.w(), below.bottom() - ly), entryPt(),
                        marker(), WHOLE).set(entries.subList(inRight, entries.size()), "",
                                n -> say.format("poster.morePartners", n), entryGap());
            }
        }

        /** {@return how many of the entries, from the first, fit the frame whole} */
        private int wholeIn(List<Flow.Entry> entries, Frame f) {
            int n = 0;
            while (n < entries.size() && Flow.need(Sheet.PRINTED, entries.subList(0, n + 1), f.w(), entryPt(),
                    marker(), WHOLE, entryGap()) - entryGap() <= f.h() + 1e-6) {
                n++;
            }
            return n;
        }

        /** Sets the concretisation and the facts in the left column; returns where they end. */
        private double concretisationAndFacts(List<Shape> out) {
            double y = heading(out, left, left.y(), say.get("poster.concretisation"));
            double h = Math.min(concretisationHeight(), (left.bottom() - y) / 2);
            out.add(new Label(left.x(), y, left.w(), h, concretisation(), bodyPt(), false,
                    v.concretisation().isBlank() ? Sheet.QUIET : Sheet.INK, Label.Align.LEFT));
            y = heading(out, left, y + h + 8 * k * s, say.get("poster.facts"));
            return y + new Flow(Sheet.PRINTED, out, new Frame(left.x(), y, left.w(), left.bottom() - y), factPt(), 0,
                    WHOLE).set(facts(), say.get("poster.noFacts"), n -> say.format("poster.moreFacts", n), entryGap());
        }

        private String concretisation() {
            return v.concretisation().isBlank() ? say.get("poster.empty") : v.concretisation();
        }

        private double concretisationHeight() {
            return Sheet.height(Sheet.PRINTED.lines(concretisation(), left.w(), bodyPt(), false), bodyPt());
        }

        private List<Flow.Entry> facts() {
            List<Flow.Entry> facts = new ArrayList<>();
            for (Fact f : v.facts()) {
                facts.add(Flow.Entry.of(f.source().isBlank() ? f.text()
                        : say.format("poster.fact", f.text(), f.source())));
            }
            return facts;
        }

        private List<Flow.Entry> endorsementEntries() {
            List<Flow.Entry> entries = new ArrayList<>();
            for (Partner p : d.partners()) {
                Endorsement e = v.endorsements().get(p.id());
                String text = e == null || e.remark().isBlank() ? p.name()
                        : say.format("poster.endorsement", p.name(), e.remark());
                entries.add(new Flow.Entry(e == null ? say.get("poster.notAsked") : say.get(recognitionKey(e)),
                        e == null ? Sheet.QUIET : colour(e.recognition()), text, Sheet.INK));
            }
            return entries;
        }

        private double headingPt() {
            return 16 * k * s;
        }

        private double headingHeight(String text, Frame col) {
            return Sheet.height(Sheet.PRINTED.lines(text, col.w(), headingPt(), true), headingPt()) + 2 * k * s;
        }

        private double heading(List<Shape> out, Frame col, double y, String text) {
            double h = headingHeight(text, col);
            out.add(new Label(col.x(), y, col.w(), h - 2 * k * s, text, headingPt(), true, Sheet.ACCENT,
                    Label.Align.LEFT));
            return y + h;
        }

        private double bodyPt() {
            return 13 * k * s;
        }

        private double factPt() {
            return 12 * k * s;
        }

        private double entryPt() {
            return 12 * k * s;
        }

        private double entryGap() {
            return 2.5 * k * s;
        }

        private double marker() {
            return Sheet.markerWidth(entryPt(), say.get("poster.yes"), say.get("poster.partly"),
                    say.get("poster.no"), say.get("poster.notAsked"));
        }
    }

    private static String recognitionKey(Endorsement e) {
        return switch (e.recognition()) {
            case YES -> "poster.yes";
            case PARTLY -> "poster.partly";
            case NO -> "poster.no";
        };
    }

    private static Colour colour(Recognition r) {
        return switch (r) {
            case YES -> YES;
            case PARTLY -> PARTLY;
            case NO -> Sheet.DEMAND;
        };
    }
}
