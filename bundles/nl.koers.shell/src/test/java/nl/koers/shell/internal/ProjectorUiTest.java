package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;

/**
 * Projector mode in the real window: the room sees the question, the content and one clock; the facilitator's tips
 * and the timer's controls stay with the facilitator, on the laptop's own screen when there is a second monitor.
 */
class ProjectorUiTest {
    private static final String TIP = "Vraag door tot iedereen iets gezegd heeft";
    private final InstrumentCatalogue catalogue = new InstrumentCatalogue();

    @TempDir
    Path dir;

    private Display display;
    private Workbench workbench;
    private Robot robot;

    /** One step: the partners as a count, a button that adds one, and a clock of its own that starts and stops. */
    private final InstrumentScreens screens = new InstrumentScreens() {
        public String instrumentId() {
            return "zaal";
        }

        public void createStep(int step, Composite parent, WorkContext context) {
            parent.setLayout(new FillLayout(SWT.VERTICAL));
            Label label = new Label(parent, SWT.NONE);
            label.setData(Ids.KEY, "zaal.partners");
            label.setFont(context.font());
            Runnable redraw = () -> label.setText(context.dossier().partners().size() + " partners");
            redraw.run();
            context.onChange(redraw);
            Button add = new Button(parent, SWT.PUSH);
            add.setData(Ids.KEY, "zaal.add");
            add.addListener(SWT.Selection, e -> context.apply(Edits.addPartner(Partner.of("Gemeente", Role.CORE))));
            Button clock = new Button(parent, SWT.TOGGLE);
            clock.setData(Ids.KEY, "zaal.clock");
            clock.addListener(SWT.Selection, e -> context.ownClock(clock.getSelection()));
        }
    };

    @BeforeEach
    void open() {
        display = Display.getDefault();
        workbench = new Workbench(display, RealDocuments.in(dir.resolve("data")), catalogue,
                new RecentFiles(dir.resolve("recent")), Locale.of("nl"), () -> null, "0.1.0",
                (shell, texts) -> new ScriptedDialogs(shell, texts));
        workbench.open();
        robot = new Robot(display, workbench.shell());
        catalogue.add(new Instrument() {
            public String id() {
                return "zaal";
            }

            public InstrumentDescriptor describe(Locale locale) {
                return new InstrumentDescriptor("zaal", "Zaalinstrument", "", "", "", "", "", List.of(),
                        List.of(new Step("Rondje", "Wat brengt u mee?", TIP), new Step("Afronden", "Wat nemen we mee?", "")),
                        List.of(), "");
            }
        });
        catalogue.addScreens(screens);
        robot.spin();
        robot.menu("menu.file.new");
        workbench.instruments().start("zaal");
        robot.spin();
    }

    @AfterEach
    void close() {
        for (Shell s : display.getShells()) {
            s.dispose();
        }
        robot.spin();
    }

    @Test
    void onOneScreenTheWallShowsTheQuestionAndNotTheFacilitatorsTip() throws Exception {
        workbench.instruments().useMonitors(() -> List.of(display.getPrimaryMonitor().getBounds()));
        assertTrue(((Label) robot.find("step.tip")).isVisible(), "at the desk the tip is there");
        robot.click("step.projector");
        robot.idle(300);
        Label question = robot.find("step.question");
        assertTrue(question.isVisible() && question.getSize().x > 0, "the room reads the question");
        assertEquals("Wat brengt u mee?", question.getText());
        assertFalse(anyVisibleTextContains(workbench.shell(), "Tip voor de facilitator"), "no tip on the wall");
        assertFalse(((Control) robot.find("timer.startPause")).isVisible(), "the timer's controls are the facilitator's");
        assertTrue(((Label) robot.find("timer.remaining")).isVisible(), "the clock is the room's");
        Screenshots.save(workbench.shell(), "projector-one-screen.png");

        robot.menu("menu.view.facilitator"); // F9: the facilitator looks at the tip for a moment
        assertTrue(((Label) robot.find("step.tip")).isVisible());
        assertTrue(((Control) robot.find("timer.startPause")).isVisible());
        robot.menu("menu.view.facilitator");
        assertFalse(((Label) robot.find("step.tip")).isVisible());
    }

    @Test
    void withTheScreensOwnClockRunningTheStepTimerIsSmall() throws Exception {
        Label remaining = robot.find("timer.remaining");
        int large = remaining.getFont().getFontData()[0].getHeight();
        assertTrue(((Control) robot.find("timer.startPause")).isVisible());
        Button clock = robot.find("zaal.clock");
        clock.setSelection(true);
        clock.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        robot.spin();
        int small = remaining.getFont().getFontData()[0].getHeight();
        assertTrue(small < large, large + " -> " + small);
        assertFalse(((Control) robot.find("timer.startPause")).isVisible(), "one clock in view: the step timer folds");
        assertFalse(((Control) robot.find("timer.minutes")).isVisible());
        Screenshots.save(workbench.shell(), "own-clock-running-step-timer-small.png");

        clock.setSelection(false);
        clock.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        robot.spin();
        assertEquals(large, remaining.getFont().getFontData()[0].getHeight(), "stopped: the step timer is back");
        assertTrue(((Control) robot.find("timer.startPause")).isVisible());
    }

    @Test
    void withTwoMonitorsTheRoomGetsTheProjectorAndTheFacilitatorKeepsTheLaptop() throws Exception {
        List<Rectangle> monitors = new ArrayList<>();
        for (var m : display.getMonitors()) {
            monitors.add(m.getBounds());
        }
        // ./test runs this once more on an X server with two monitors (tests/two-monitors) and then requires them
        boolean required = Boolean.getBoolean("koers.test.twoMonitors");
        assertTrue(!required || monitors.size() >= 2, "koers.test.twoMonitors is set, but SWT sees " + monitors);
        assumeTrue(monitors.size() >= 2, "needs two monitors; ./test runs it on tests/two-monitors: " + monitors);
        robot.click("step.projector");
        robot.idle(500);
        Shell room = workbench.instruments().views().get(0).room().orElseThrow().shell();
        assertNotEquals(workbench.shell(), room);
        assertNotEquals(workbench.shell().getMonitor().getBounds(), room.getMonitor().getBounds(),
                "the room's window stands on the other monitor");
        assertEquals(room.getMonitor().getBounds(), room.getBounds(), "and fills it");
        assertFalse(workbench.shell().getFullScreen(), "the laptop's window stays the facilitator's");

        assertEquals("Wat brengt u mee?", ((Label) Robot.findIn(room, "room.question")).getText());
        assertFalse(anyVisibleTextContains(room, "Tip voor de facilitator"), "no tip on the wall");
        assertFalse(anyVisibleTextContains(room, TIP));
        assertTrue(((Label) Robot.findIn(room, "room.clock")).getText().matches("\\d+:\\d\\d"), "the room sees the clock");
        assertTrue(((Label) robot.find("step.tip")).isVisible(), "the facilitator sees the tip");
        assertTrue(((Control) robot.find("timer.startPause")).isVisible(), "and the timer's controls");
        assertEquals("Hierna: Afronden", ((Label) robot.find("step.nextUp")).getText(), "and what comes next");

        // one document: an edit in either window shows in both
        Label roomPartners = Robot.findIn(room, "zaal.partners");
        Label deskPartners = Robot.findIn(workbench.shell(), "zaal.partners");
        assertTrue(roomPartners.getFont().getFontData()[0].getHeight() > deskPartners.getFont().getFontData()[0].getHeight(),
                "large type on the wall");
        ((Button) Robot.findIn(workbench.shell(), "zaal.add")).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        robot.spin();
        assertEquals("1 partners", roomPartners.getText());
        ((Button) Robot.findIn(room, "zaal.add")).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        robot.spin();
        assertEquals("2 partners", deskPartners.getText());
        assertEquals("2 partners", roomPartners.getText());
        robot.idle(300);
        Screenshots.save(room, "projector-two-screens-room.png");
        Screenshots.save(workbench.shell(), "projector-two-screens-laptop.png");

        robot.click("step.next");
        assertEquals("Wat nemen we mee?", ((Label) Robot.findIn(room, "room.question")).getText(), "the room follows the step");
        ((Button) robot.find("step.projector")).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertFalse(room.isVisible(), "projector mode ends: the room's window leaves the wall at once");
        ((Button) Robot.findIn(workbench.shell(), "zaal.add")).notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals("2 partners", roomPartners.getText(), "and its screens hear of no edit from then on");
        robot.spin();
        assertTrue(room.isDisposed(), "its widgets go in the turns after (GTK 3 takes seconds for thousands at once)");
        assertEquals("3 partners", ((Label) robot.find("zaal.partners")).getText(), "the laptop's window goes on");
    }

    private static boolean anyVisibleTextContains(Control c, String text) {
        if (!c.isVisible()) {
            return false;
        }
        if (c instanceof Label l && l.getText().contains(text)) {
            return true;
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                if (anyVisibleTextContains(child, text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
