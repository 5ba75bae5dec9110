package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.swt.testing.CutOff;
import nl.koers.instrument.belangendialoog.internal.BelangendialoogInstrument;
import nl.koers.instrument.belangendialoog.internal.screen.BelangendialoogScreens;
import nl.koers.instrument.brengenhalen.internal.BrengenhalenInstrument;
import nl.koers.instrument.brengenhalen.internal.screen.BrengenhalenScreens;

/**
 * The whole window on a small laptop's screen (1024x768) and at 1280x800, with the sample: the dossier's page, the
 * catalogue, the welcome page and a real instrument's every step, with the question, the tip, the timer and back and
 * next around it. Nothing is cut off.
 */
class SmallScreensUiTest {
    @TempDir
    Path dir;

    private Workbench workbench;
    private Robot robot;

    @AfterEach
    void close() {
        if (robot != null) {
            robot.closeWindow();
        }
    }

    @Test
    void nothingIsCutOffAt1024x768Or1280x800() throws Exception {
        List<String> cut = new ArrayList<>();
        for (Point size : List.of(new Point(1024, 768), new Point(1280, 800))) {
            openWithSample(size, "desk");
            String at = size.x + "x" + size.y + " ";
            check(at + "dossier: ", cut);
            robot.showTab(workbench.tabs(), 1);
            check(at + "catalogue: ", cut);
            workbench.instruments().start("brengenhalen");
            InstrumentView view = workbench.instruments().views().get(0);
            for (int step = 0; step < 6; step++) {
                view.show(step);
                check(at + "step " + step + ": ", cut);
            }
            robot.menu("menu.file.close");
            check(at + "welcome: ", cut);
            robot.closeWindow();
        }
        assertEquals(List.of(), cut);
    }

    /**
     * Projector mode on one screen, full screen at a projector's common sizes: the step's title and question in large
     * type, the clock, back and next around a real instrument's every step. Nothing is cut off.
     */
    @Test
    void nothingIsCutOffInProjectorModeAt1024x768Or1280x720Or1920x1080() throws Exception {
        List<String> cut = new ArrayList<>();
        for (Point size : CutOff.PROJECTORS) {
            openWithSample(size, "wall");
            workbench.instruments().useMonitors(() -> List.of(Display.getDefault().getPrimaryMonitor().getBounds()));
            workbench.instruments().start("brengenhalen");
            robot.click("step.projector");
            workbench.shell().setBounds(0, 0, size.x, size.y); // a window manager gives full screen the monitor
            InstrumentView view = workbench.instruments().views().get(0);
            String at = "projector " + size.x + "x" + size.y + " ";
            for (int step = 0; step < 6; step++) {
                view.show(step);
                check(at + "step " + step + ": ", cut);
                String where = at + "step " + step + ": ";
                CutOff.narrowParagraphs(workbench.shell(), CutOff.READABLE_LETTERS).forEach(c -> cut.add(where + c));
                Screenshots.save(workbench.shell(), "projector-" + size.x + "x" + size.y + "-step" + step + ".png");
            }
            robot.closeWindow();
        }
        assertEquals(List.of(), cut);
    }

    /**
     * The room's own window on a second monitor of a projector's common sizes, with a real instrument's every step
     * in large type: nothing is cut off or lies over its neighbour, and a paragraph field holds a readable line.
     */
    @Test
    void nothingIsCutOffInTheRoomsWindowOnASecondMonitor() throws Exception {
        List<String> cut = new ArrayList<>();
        for (Point size : CutOff.PROJECTORS) {
            openWithSample(new Point(1024, 768), "room");
            Rectangle here = workbench.shell().getMonitor().getBounds();
            // the projector stands right of the laptop (on tests/two-monitors' screen, where a screenshot sees it)
            Rectangle wall = new Rectangle(here.x + here.width, 0, size.x, size.y);
            workbench.instruments().useMonitors(() -> List.of(here, wall));
            for (Instrument instrument : List.of(new BelangendialoogInstrument(), new BrengenhalenInstrument())) {
                InstrumentView view = workbench.instruments().start(instrument.id()).orElseThrow();
                view.toggleProjector(); // F11, in this instrument's tab
                robot.spin();
                Shell room = view.room().orElseThrow().shell();
                room.setBounds(wall); // a window manager gives full screen the monitor
                int steps = instrument.describe(Locale.of("nl")).steps().size();
                for (int step = 0; step < steps; step++) {
                    view.show(step);
                    robot.spin();
                    robot.idle(100);
                    String where = "room " + size.x + "x" + size.y + " " + instrument.id() + " step " + step + ": ";
                    CutOff.under(room).forEach(c -> cut.add(where + c));
                    CutOff.narrowParagraphs(room, CutOff.READABLE_LETTERS).forEach(c -> cut.add(where + c));
                    Screenshots.save(room, "room-" + size.x + "x" + size.y + "-" + instrument.id() + "-step" + step
                            + ".png");
                }
                view.toggleProjector(); // the room's window goes
            }
            robot.closeWindow();
        }
        assertEquals(List.of(), cut);
    }

    /** A window of {@code size} with the sample open and real instruments (brengenhalen, belangendialoog). */
    private void openWithSample(Point size, String name) throws Exception {
        InstrumentCatalogue catalogue = new InstrumentCatalogue();
        catalogue.add(new BrengenhalenInstrument());
        catalogue.addScreens(new BrengenhalenScreens());
        catalogue.add(new BelangendialoogInstrument());
        catalogue.addScreens(new BelangendialoogScreens());
        workbench = new Workbench(Display.getDefault(), RealDocuments.in(dir.resolve(name + size.x)), catalogue,
                new RecentFiles(dir.resolve(name + "Recent" + size.x)), Locale.of("nl"),
                () -> getClass().getClassLoader().getResourceAsStream(Workbench.SAMPLE), "0.1.0",
                ScriptedDialogs::new);
        robot = new Robot(Display.getDefault(), workbench.shell());
        workbench.files().openWithSample(CompletableFuture.completedFuture(workbench.files().readSample()));
        workbench.shell().setSize(size);
    }

    private void check(String where, List<String> cut) {
        robot.spin();
        robot.idle(100);
        CutOff.under(workbench.shell()).forEach(c -> cut.add(where + c));
    }
}
