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
 * the facts it rests on with their sources, and whether each partner recognises itself in it. The type grows
 * with the sheet (A3 is the measure; A0 is 2.8 times larger).
 */
final class PosterSheet {
    private static final Colour YES = new Colour(20, 110, 50);
    private static final Colour PARTLY = new Colour(170, 105, 0);

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
        y = statement(out, page, y, v);
        double gap = 10 * k;
        double colW = (page.w() - gap) / 2;
        Frame leftCol = new Frame(page.x(), y, colW, page.bottom() - y);
        Frame rightCol = new Frame(page.x() + colW + gap, y, colW, page.bottom() - y);
        concretisationAndFacts(out, leftCol, v);
        endorsements(out, rightCol, d, v);
        return new Page(size, out);
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
        out.add(new Label(page.x(), ty, page.w(), Sheet.height(1, titlePt), d.title(), titlePt, true, Sheet.INK,
                Label.Align.LEFT));
        return ty + Sheet.height(1, titlePt) + 6 * k;
    }

    /**
     * The statement, large, in a tinted band of at most a third of the sheet: a long statement gets smaller type
     * rather than lose its end.
     */
    private double statement(List<Shape> out, Frame page, double y, AmbitionVersion v) {
        double pad = 6 * k;
        double budget = page.h() / 3 - 2 * pad;
        String text = v.statement().isBlank() ? say.get("poster.noStatement") : v.statement();
        double pt = 30 * k;
        int lines = Sheet.lines(text, page.w() - 2 * pad, pt, true);
        while (pt > 16 * k && Sheet.height(lines, pt) > budget) {
            pt -= 2 * k;
            lines = Sheet.lines(text, page.w() - 2 * pad, pt, true);
        }
        int maxLines = Math.max(1, (int) Math.floor((budget - 0.2) / Sheet.lineMm(pt)));
        double h = Sheet.height(Math.max(1, Math.min(lines, maxLines)), pt);
        out.add(new Box(page.x(), y, page.w(), h + 2 * pad, Sheet.STRIP, null, 0, 3 * k));
        out.add(new Label(page.x() + pad, y + pad, page.w() - 2 * pad, h, text, pt, true,
                v.statement().isBlank() ? Sheet.QUIET : Sheet.INK, Label.Align.LEFT));
        return y + h + 2 * pad + 8 * k;
    }

    private double heading(List<Shape> out, Frame col, double y, String text) {
        double pt = 16 * k;
        double h = Sheet.height(Math.min(2, Sheet.lines(text, col.w(), pt, true)), pt);
        out.add(new Label(col.x(), y, col.w(), h, text, pt, true, Sheet.ACCENT, Label.Align.LEFT));
        return y + h + 2 * k;
    }

    private void concretisationAndFacts(List<Shape> out, Frame col, AmbitionVersion v) {
        double pt = 13 * k;
        double y = heading(out, col, col.y(), say.get("poster.concretisation"));
        String text = v.concretisation().isBlank() ? say.get("poster.empty") : v.concretisation();
        // the concretisation takes at most half the column, the facts the rest
        int maxLines = (int) Math.floor((col.h() / 2 - (y - col.y())) / Sheet.lineMm(pt));
        int lines = Math.max(1, Math.min(Math.max(1, maxLines), Sheet.lines(text, col.w(), pt)));
        out.add(new Label(col.x(), y, col.w(), Sheet.height(lines, pt), text, pt, false,
                v.concretisation().isBlank() ? Sheet.QUIET : Sheet.INK, Label.Align.LEFT));
        y += Sheet.height(lines, pt) + 8 * k;

        y = heading(out, col, y, say.get("poster.facts"));
        List<Flow.Entry> facts = new ArrayList<>();
        for (Fact f : v.facts()) {
            String line = f.source().isBlank() ? f.text() : say.format("poster.fact", f.text(), f.source());
            facts.add(Flow.Entry.of(line));
        }
        new Flow(out, new Frame(col.x(), y, col.w(), col.bottom() - y), 12 * k, 0, 4)
                .set(facts, say.get("poster.noFacts"), n -> say.format("card.more", n), 2.5 * k);
    }

    private void endorsements(List<Shape> out, Frame col, Dossier d, AmbitionVersion v) {
        double y = heading(out, col, col.y(), say.get("poster.endorsements"));
        double pt = 12 * k;
        double marker = Sheet.markerWidth(pt, say.get("poster.yes"), say.get("poster.partly"), say.get("poster.no"),
                say.get("poster.notAsked"));
        List<Flow.Entry> entries = new ArrayList<>();
        for (Partner p : d.partners()) {
            Endorsement e = v.endorsements().get(p.id());
            String text = e == null || e.remark().isBlank() ? p.name() : say.format("poster.endorsement", p.name(),
                    e.remark());
            entries.add(new Flow.Entry(e == null ? say.get("poster.notAsked") : say.get(recognitionKey(e)),
                    e == null ? Sheet.QUIET : colour(e.recognition()), text, Sheet.INK));
        }
        new Flow(out, new Frame(col.x(), y, col.w(), col.bottom() - y), pt, marker, 4)
                .set(entries, say.get("poster.noPartners"), n -> say.format("card.more", n), 2.5 * k);
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
