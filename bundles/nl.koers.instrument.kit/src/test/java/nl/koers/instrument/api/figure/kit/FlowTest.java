package nl.koers.instrument.api.figure.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Flow.Entry;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;

class FlowTest {
    private static final double PT = 10;
    private static final double GAP = 1;

    @Test
    void whatDoesNotFitIsCountedOnTheLastLineInsideTheFrame() {
        List<Entry> entries = IntStream.rangeClosed(1, 8).mapToObj(i -> Entry.of("punt " + i)).toList();
        double line = Sheet.height(1, PT);
        Frame frame = new Frame(10, 20, 80, 4 * (line + GAP)); // room for four lines, not eight
        List<Shape> out = new ArrayList<>();

        new Flow(out, frame, PT, 0, 2).set(entries, "niets", n -> "en nog " + n, GAP);

        List<Label> labels = out.stream().map(Label.class::cast).toList();
        for (Label l : labels) {
            assertTrue(l.y() + l.height() <= frame.bottom() + 1e-6, l + " runs out of " + frame);
        }
        Label last = labels.get(labels.size() - 1);
        int shown = labels.size() - 1;
        assertEquals("en nog " + (entries.size() - shown), last.text());
        assertEquals(entries.subList(0, shown).stream().map(Entry::text).toList(),
                labels.subList(0, shown).stream().map(Label::text).toList());
    }

    @Test
    void anEntryThatDoesNotFitWholeIsCountedNotCut() {
        String longer = "een langere zin die in deze smalle kolom zeker drie regels nodig heeft om helemaal te staan";
        List<Entry> entries = List.of(Entry.of("kort"), Entry.of(longer), Entry.of("ook kort"));
        double width = 60;
        assertTrue(Sheet.lines(longer, width, PT) >= 3, "the test needs a long entry");
        // room for the first, two lines of the second and a count: the second would have to be cut
        Frame frame = new Frame(0, 0, width, Sheet.height(1, PT) + GAP + Sheet.height(2, PT) + GAP
                + Sheet.height(1, PT) + GAP);
        List<Shape> out = new ArrayList<>();

        new Flow(out, frame, PT, 0, 9).set(entries, "niets", n -> "en nog " + n, GAP);

        assertEquals(List.of("kort", "en nog 2"), out.stream().map(s -> ((Label) s).text()).toList());
    }

    @Test
    void theCountSaysWhereToReadTheRestOnAsManyLinesAsItTakes() {
        List<Entry> entries = IntStream.rangeClosed(1, 20).mapToObj(i -> Entry.of("punt " + i)).toList();
        String where = "zie de lijst per partner op A4 en het dossier";
        Frame frame = new Frame(0, 0, 40, 8 * (Sheet.height(1, PT) + GAP));
        List<Shape> out = new ArrayList<>();

        new Flow(out, frame, PT, 0, 2).set(entries, "niets", n -> "en nog " + n + ": " + where, GAP);

        Label last = (Label) out.get(out.size() - 1);
        assertTrue(last.text().endsWith(where), last.text());
        assertTrue(last.height() >= Sheet.height(Sheet.lines(last.text(), 40, PT), PT) - 1e-9,
                "the count has the lines it needs: " + last);
        assertTrue(last.y() + last.height() <= frame.bottom() + 1e-6, last + " runs out of " + frame);
    }

    @Test
    void everythingFitsWithoutACount() {
        List<Entry> entries = List.of(Entry.of("een"), Entry.of("twee"));
        List<Shape> out = new ArrayList<>();
        double need = Flow.need(entries, 80, PT, 0, 2, GAP);

        double used = new Flow(out, new Frame(0, 0, 80, need), PT, 0, 2).set(entries, "niets", n -> "en nog " + n, GAP);

        assertEquals(List.of("een", "twee"), out.stream().map(s -> ((Label) s).text()).toList());
        assertEquals(need, used, 1e-9);
    }

    @Test
    void anEmptyListSaysSo() {
        List<Shape> out = new ArrayList<>();
        new Flow(out, new Frame(0, 0, 80, 30), PT, 0, 2).set(List.of(), "nog niets", n -> "en nog " + n, GAP);
        assertEquals("nog niets", ((Label) out.get(0)).text());
    }
}
