package nl.koers.instrument.belangendialoog.internal.print;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.testing.PageChecks;
import nl.koers.instrument.api.print.Printable;
import nl.koers.render.internal.LongTexts;

/** Issue 14: every printable of the instrument shows the long texts of a real dossier whole, and never an ellipsis. */
class WholeTextsTest {
    private static final Locale NL = Locale.of("nl");
    private final Dossier d = LongTexts.dossier();

    @Test
    void theInterestMapsShowEveryInterestAndNameWhole() throws IOException {
        List<String> texts = LongTexts.titleAndNames(d);
        for (Partner p : d.partners()) {
            p.interests().stream().map(Interest::text).forEach(texts::add);
        }
        for (Printable map : new Printable[] {new InterestMapPrintable(), new InterestMapA3(), new InterestMapA0()}) {
            LongTexts.assertWhole(map, d, NL, texts);
        }
    }

    @Test
    void thePositionsShowEveryStepOfTheLadderWhole() throws IOException {
        List<String> texts = LongTexts.titleAndNames(d);
        for (Partner p : d.partners()) {
            for (Position pos : p.positions()) {
                texts.add(pos.text());
                texts.addAll(pos.whys());
            }
            texts.add(p.interests().get(0).text());
        }
        LongTexts.assertWhole(new PositionsPrintable(), d, NL, texts);
    }

    @Test
    void manyPositionsGoOnOnANextPageWithEveryStepWhole() throws IOException {
        Partner first = d.partners().get(0);
        List<Position> positions = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            positions.add(new Position("many" + i, LongTexts.remark(i, "Standpunt"), List.of(LongTexts.remark(i,
                    "Waarom"), LongTexts.remark(i, "Omdat")), List.of(first.interests().get(0).id())));
        }
        Dossier one = d.withPartners(List.of(first.withPositions(positions)));
        List<Page> pages = new PositionsPrintable().pages(one, NL);
        assertTrue(pages.size() > 1, "a next page before a position is counted: " + pages.size());
        pages.forEach(page -> PageChecks.assertWellLaidOut(page, 8));
        List<String> texts = LongTexts.titleAndNames(one);
        positions.forEach(pos -> {
            texts.add(pos.text());
            texts.addAll(pos.whys());
        });
        LongTexts.assertWhole(new PositionsPrintable(), one, NL, texts);
    }

    @Test
    void theLensesAndTheLogicShowTheLongNamesWhole() throws IOException {
        LongTexts.assertWhole(new LensesPrintable(), d, NL, LongTexts.titleAndNames(d));
        LongTexts.assertWhole(new LogicPrintable(), d, NL, List.of(LongTexts.title()));
    }
}
