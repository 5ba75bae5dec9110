package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.TextMeasure;
import nl.koers.instrument.api.figure.kit.Sheet.Frame;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.print.CanvasSheet.Picture;
import nl.koers.instrument.partnermodel.internal.template.CanvasTemplate;
import nl.koers.instrument.partnermodel.internal.template.TemplateBlock;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * The wall of a real session on a real display: fifteen notes in one block and an ambition of seventy words, on
 * a laptop and on a projector. Every text the canvas lays out is measured in the font the painter draws it in:
 * it must be drawn whole (no ellipsis, no word cut at the frame's edge) inside its block, and "zoom to fit" must
 * put the whole canvas in view.
 */
class CanvasWallUiTest {
    static final String AMBITION = "Elke jongere in Rivierenland vindt binnen drie maanden na school of uitval een "
            + "plek die bij hem of haar past: werk, een leerbaan of een opleiding, met een vaste coach die blijft tot "
            + "het eerste jaar erop zit. Gemeente, ROC, UWV en ondernemers delen daarvoor hun gegevens, hun mensen "
            + "en hun netwerk, beslissen samen over het geld en leggen elk jaar aan de jongeren zelf verantwoording "
            + "af over wat het heeft opgeleverd.";

    @AutoClose
    private StepWindow window;

    /** The small dossier with the long ambition and fifteen notes of a real session in one block. */
    static Dossier session(String block) {
        Dossier d = Dossiers.small();
        List<CanvasNote> notes = new ArrayList<>(d.canvasNotes());
        String[] texts = {"Intake binnen een week na aanmelding", "Matchen op wat iemand kan en wil leren",
            "Werkgevers bezoeken met de jongere erbij", "Leerbanen samen werven", "Nazorg het hele eerste jaar",
            "Een coach per jongere, die blijft", "Gegevens delen met toestemming van de jongere zelf",
            "Scholen melden uitval dezelfde dag", "Praktijkdagen in de zomer", "Taal en rekenen op de werkvloer",
            "Maandelijks overleg van de coaches", "Een gezamenlijk dashboard voor de stuurgroep",
            "Vervoer regelen naar bedrijven buiten de stad", "Ouders betrekken bij de keuze",
            "Terugkomdag na zes maanden"};
        for (int i = 0; i < texts.length; i++) {
            notes.add(new CanvasNote("w" + i, block, texts[i], i % 2 == 0 ? "#b3e5fc" : "", ""));
        }
        return d.withCanvasNotes(notes).withAmbition(new Ambition(List.of(
                AmbitionVersion.of(1, LocalDate.of(2026, 3, 3), AMBITION))));
    }

    @Test
    void aLaptopShowsEveryNoteTheWholeAmbitionAndEveryName() {
        assertTrue(AMBITION.split(" ").length >= 60);
        check(Locale.of("nl"), false, new Point(1366, 768), "activities");
    }

    @Test
    void inEnglishTheLongNamesAreWholeToo() {
        check(Locale.ENGLISH, false, new Point(1366, 768), "relations");
    }

    @Test
    void aProjectorShowsEveryNoteAndTheWholeAmbition() {
        check(Locale.of("nl"), true, new Point(1920, 1080), "offer");
    }

    static CanvasFigure figureOf(StepWindow window) {
        Robot robot = new Robot(window.shell().getDisplay(), window.page(2), Ui.PREFIX);
        return (CanvasFigure) robot.find("canvas").getData(CanvasFigure.class.getName());
    }

    private void check(Locale locale, boolean projector, Point size, String block) {
        Dossier d = session(block);
        window = StepWindow.open(new PartnermodelScreens(TemplateCatalogue.standardOnly()),
                PartnermodelScreens.STEPS, Ui.PREFIX, d, locale, projector, size);
        window.show(2);
        Robot robot = new Robot(window.shell().getDisplay(), window.page(2), Ui.PREFIX);
        robot.spin();
        Canvas canvas = robot.find("canvas");
        CanvasFigure figure = (CanvasFigure) canvas.getData(CanvasFigure.class.getName());
        Rectangle view = figure.scrolled.getClientArea();
        assertTrue(canvas.getSize().x >= view.width - 2,
                "at 100 % the canvas is as wide as the view: " + canvas.getSize() + " in " + view);
        allWhole(figure, d, locale, true);

        robot.click("zoom.fit");
        robot.spin();
        Rectangle shown = canvas.getBounds();
        view = figure.scrolled.getClientArea();
        assertTrue(shown.x >= 0 && shown.y >= 0 && shown.x + shown.width <= view.width
                && shown.y + shown.height <= view.height, "zoom to fit shows it all: " + shown + " in " + view);
        assertTrue(shown.width >= view.width - 2 || shown.height >= view.height - 2,
                "and fills the view: " + shown + " in " + view);
        allWhole(figure, d, locale, false);
    }

    /** Every note, the ambition, the partners and every block's name are laid out whole, each in its block. */
    private static void allWhole(CanvasFigure figure, Dossier d, Locale locale, boolean readable) {
        Picture p = figure.picture();
        Canvas canvas = figure.canvas;
        double s = canvas.getSize().x / p.page().size().widthMm();
        Frame wall = new Frame(0, 0, p.page().size().widthMm(), canvas.getSize().y / s);
        List<Label> labels = p.page().shapes().stream().filter(Label.class::isInstance).map(Label.class::cast)
                .toList();
        for (Label l : labels) {
            assertFalse(l.text().matches("\\+\\d+ (meer|more)"), "no note is hidden behind " + l.text());
            drawnWhole(false, canvas, l, s);
            inside(l, wall, l.text());
        }
        for (CanvasNote n : d.canvasNotes()) {
            assertTrue(p.notes().containsKey(n.id()), "note " + n.id() + " is on the canvas");
            Label l = labelOf(labels, n.text());
            drawnWhole(readable, canvas, l, s);
            inside(l, p.blocks().get(n.blockId()), n.text());
        }
        drawnWhole(readable, canvas, labelOf(labels, AMBITION), s);
        inside(labelOf(labels, AMBITION), p.blocks().get("ambition"), "the ambition");
        drawnWhole(readable, canvas, labelOf(labels, "Gemeente Waalstede \u00b7 ROC Lingedal \u00b7 UWV Rivierenland"), s);
        drawnWhole(readable, canvas, labelOf(labels, "Ondernemersvereniging De Betuwe"), s);
        Phrases say = new Phrases(locale);
        CanvasTemplate template = TemplateCatalogue.standardOnly().chosen(d);
        for (TemplateBlock b : template.blocks()) {
            Label name = labelOf(labels, say.name(b));
            drawnWhole(readable, canvas, name, s);
            inside(name, p.blocks().get(b.id()), say.name(b));
        }
        for (Map.Entry<String, Frame> b : p.blocks().entrySet()) {
            inside(b.getValue(), wall, b.getKey());
        }
    }

    static Label labelOf(List<Label> labels, String text) {
        return labels.stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("not laid out: " + text));
    }

    /**
     * Measured as the painter draws it, in its font at this scale: all lines fit the label's height (else the
     * last one gets an ellipsis) and no line is wider than the frame (else it is cut at the edge); at 100 % it
     * is also large enough to read.
     */
    static void drawnWhole(boolean readable, Canvas canvas, Label l, double s) {
        Display display = canvas.getDisplay();
        int heightPt = Math.max(1, (int) Math.round(l.sizePt() * 0.3528 * s * 72 / display.getDPI().y));
        FontData base = display.getSystemFont().getFontData()[0];
        Font font = new Font(display, base.getName(), heightPt, l.bold() ? SWT.BOLD : SWT.NORMAL);
        GC gc = new GC(canvas);
        try {
            gc.setFont(font);
            List<String> lines = TextMeasure.lines(l.text(), l.width(), t -> gc.textExtent(t).x / s);
            int fits = (int) Math.floor(l.height() / TextMeasure.lineHeightMm(l.sizePt()));
            assertTrue(lines.size() <= fits, () -> "cut after " + fits + " of " + lines.size() + " lines: "
                    + l.text());
            for (String line : lines) {
                assertTrue(gc.textExtent(line).x <= l.width() * s + 1, () -> "wider than its frame: " + line);
            }
            // 9 pt is 12 px on a screen of 96 dpi: the smallest type a room reads
            assertTrue(!readable || heightPt >= 9, () -> "readable: " + heightPt + " pt for " + l.text());
        } finally {
            gc.dispose();
            font.dispose();
        }
    }

    static void inside(Label l, Frame f, String what) {
        inside(new Frame(l.x(), l.y(), l.width(), l.height()), f, what);
    }

    private static void inside(Frame in, Frame f, String what) {
        double e = 0.01;
        assertTrue(in.x() >= f.x() - e && in.y() >= f.y() - e && in.right() <= f.right() + e
                && in.bottom() <= f.bottom() + e, () -> what + " " + in + " lies inside " + f);
    }
}
