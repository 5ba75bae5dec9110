package nl.koers.instrument.partnermodel.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/** The poster fits its sheet, however many notes there are, and never sets type too small to read. */
class CanvasSheetTest {
    private static final Locale NL = Locale.of("nl");
    private static final TemplateCatalogue TEMPLATES = TemplateCatalogue.standardOnly();
    private static final CanvasTemplate STANDARD = TEMPLATES.templates().get(0);

    static Stream<Arguments> sheets() {
        return Stream.of(PageSize.A3_LANDSCAPE, PageSize.A0_LANDSCAPE).flatMap(size -> Stream.of(
                Arguments.of(size, Dossiers.small().withCanvasNotes(List.of()), "0 notes"),
                Arguments.of(size, Dossiers.withNotes(60), "60 notes"),
                Arguments.of(size, Dossiers.crowded("offer", 60), "60 notes on one block")));
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("sheets")
    void thePosterFitsThePage(PageSize size, Dossier d, String what) {
        CanvasSheet sheet = new CanvasSheet(new Phrases(NL), STANDARD, size);
        Page page = sheet.filled(d, 0, "Afgedrukt op 3 mrt 2026").page();
        assertEquals(size, page.size());
        double m = size.marginMm();
        double min = CanvasSheet.MIN_PT * size.heightMm() / 297;
        for (Shape s : page.shapes()) {
            double[] r = bounds(s);
            assertTrue(r[0] >= m - 1e-6 && r[1] >= m - 1e-6 && r[2] <= size.widthMm() - m + 1e-6
                    && r[3] <= size.heightMm() - m + 1e-6, () -> what + ": outside the margins: " + s);
            if (s instanceof Label l) {
                assertTrue(l.sizePt() >= min - 1e-6, () -> what + ": type too small: " + l);
            }
        }
        assertEquals(d.canvasNotes().size() + 13, page.shapes().stream()
                .filter(s -> s instanceof Label l && (l.text().startsWith("Notitie") || l.text().startsWith("Sticker")
                        || l.text().startsWith("nog ") || isBlockName(l))).count() + hidden(page, d),
                what + ": every note shows, or is counted in a +N");
    }

    /** Notes that did not fit, as the +N labels count them. */
    private static long hidden(Page page, Dossier d) {
        return page.shapes().stream().filter(s -> s instanceof Label l && l.text().matches("nog \\d+ notities: .*"))
                .mapToLong(s -> Long.parseLong(((Label) s).text().replaceAll("\\D", "")) - 1).sum();
    }

    private static boolean isBlockName(Label l) {
        return l.bold() && STANDARD.blocks().stream().anyMatch(b -> b.name().in(NL).equals(l.text()));
    }

    @Test
    void sixtyNotesSpreadOverTheCanvasAllShowOnA0() {
        CanvasSheet sheet = new CanvasSheet(new Phrases(NL), STANDARD, PageSize.A0_LANDSCAPE);
        CanvasSheet.Picture p = sheet.filled(Dossiers.withNotes(60), 0, "");
        assertEquals(60, p.notes().size(), "no note is left off");
        for (var e : p.notes().entrySet()) {
            String block = Dossiers.withNotes(60).canvasNote(e.getKey()).orElseThrow().blockId();
            assertInside(e.getValue(), p.blocks().get(block), e.getKey());
        }
    }

    @Test
    void theCentreShowsTheAmbitionAndThePartnersTheirBlocks() {
        Dossier d = Dossiers.small();
        List<String> texts = texts(new CanvasSheet(new Phrases(NL), STANDARD, PageSize.A3_LANDSCAPE)
                .filled(d, 0, "").page());
        assertTrue(texts.contains(d.ambition().current().orElseThrow().statement()), texts::toString);
        assertTrue(texts.contains("Gemeente Waalstede \u00b7 ROC Lingedal \u00b7 UWV Rivierenland"), texts::toString);
        assertTrue(texts.contains("Ondernemersvereniging De Betuwe"), texts::toString);
        assertTrue(texts.contains("Kernpartners") && texts.contains("Branding"), texts::toString);
        assertTrue(texts.contains("Langs welke wegen bereiken we onze doelgroepen?"), "an empty block asks its question");
        assertFalse(texts.contains("Wat kost het, en wie draagt welk deel?"), "a block with notes lets them speak");
    }

    @Test
    void theBlankCanvasHasBlocksAndQuestionsButNoNotes() {
        Dossier d = Dossiers.small();
        Page page = new CanvasSheet(new Phrases(Locale.ENGLISH), STANDARD, PageSize.A0_LANDSCAPE).blank(d).page();
        List<String> texts = texts(page);
        assertTrue(texts.contains("Governance and regulation"), texts::toString);
        assertTrue(texts.contains("Who do we do it for? Who are our clients or users?"), texts::toString);
        assertFalse(texts.stream().anyMatch(t -> t.contains("loket")), "no notes on the blank canvas");
        assertFalse(texts.contains(d.ambition().current().orElseThrow().statement()));
    }

    @Test
    void comparedNotesAreMarked() {
        Dossier d = Dossiers.small();
        List<CanvasNote> before = d.canvasNotes();
        List<CanvasNote> after = List.of(before.get(0).inBlock("channels"), before.get(1).withText("Matchen op talent"),
                before.get(2), new CanvasNote("new", "revenues", "Bijdrage per plaatsing", "", ""));
        CanvasSheet.Picture p = new CanvasSheet(new Phrases(NL), STANDARD, PageSize.A3_LANDSCAPE)
                .compared(d, before, after, "");
        List<Label> labels = p.page().shapes().stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
        assertTrue(has(labels, "van Aanbod en propositie", Marks.MOVED), "moved, from where");
        assertTrue(has(labels, "eerder: Matchen op vaardigheden, niet op diploma's", Marks.EDITED));
        assertTrue(has(labels, "nieuw", Marks.ADDED));
        assertTrue(has(labels, "weggehaald", Marks.REMOVED), "the note taken off is shown where it was");
        assertTrue(p.page().shapes().stream().anyMatch(s -> s instanceof Line l && l.colour().equals(Marks.REMOVED)),
                "struck through");
        assertFalse(p.notes().containsKey("n4"), "a removed note cannot be picked");
        assertInside(p.notes().get("n1"), p.blocks().get("channels"), "moved note");
    }

    @Test
    void printablesHaveTheirIdsFormatsAndSizes() {
        Dossier d = Dossiers.withNotes(20);
        List<Printable> all = List.of(new CanvasPng(TEMPLATES), new PosterA3(TEMPLATES), new PosterA0(TEMPLATES),
                new BlankA0(TEMPLATES));
        assertEquals(List.of("partnermodel.canvas", "partnermodel.poster.a3", "partnermodel.poster.a0",
                "partnermodel.blank.a0"), all.stream().map(Printable::id).toList());
        assertEquals(Printable.Format.PNG, all.get(0).format());
        assertEquals(List.of(PageSize.A3_LANDSCAPE, PageSize.A3_LANDSCAPE, PageSize.A0_LANDSCAPE, PageSize.A0_LANDSCAPE),
                all.stream().map(p -> p.pages(d, NL).get(0).size()).toList());
        for (Printable p : all) {
            assertFalse(p.name(NL).startsWith("!") || p.name(Locale.ENGLISH).startsWith("!"), p.id());
            assertFalse(p.name(NL).equals(p.name(Locale.ENGLISH)), p.id());
        }
    }

    private static boolean has(List<Label> labels, String text, nl.koers.instrument.api.figure.Colour colour) {
        return labels.stream().anyMatch(l -> l.text().equals(text) && l.colour().equals(colour));
    }

    private static List<String> texts(Page page) {
        return page.shapes().stream().filter(Label.class::isInstance).map(s -> ((Label) s).text()).toList();
    }

    private static void assertInside(Frame inner, Frame outer, String what) {
        assertTrue(inner.x() >= outer.x() && inner.y() >= outer.y() && inner.right() <= outer.right() + 1e-6
                && inner.bottom() <= outer.bottom() + 1e-6, what + " " + inner + " in " + outer);
    }

    private static double[] bounds(Shape s) {
        return switch (s) {
            case Box b -> new double[] {b.x(), b.y(), b.x() + b.width(), b.y() + b.height()};
            case Label l -> new double[] {l.x(), l.y(), l.x() + l.width(), l.y() + l.height()};
            case Line l -> new double[] {Math.min(l.x1(), l.x2()), Math.min(l.y1(), l.y2()), Math.max(l.x1(), l.x2()),
                Math.max(l.y1(), l.y2())};
        };
    }
}
