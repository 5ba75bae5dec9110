package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swt.widgets.Table;
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
import nl.koers.instrument.api.swt.testing.LayoutCount;
import nl.koers.store.internal.JsonDossierStore;

/** The host of an instrument's working screens, driven in the real window with a small real instrument. */
class InstrumentViewUiTest {
    private final InstrumentCatalogue catalogue = new InstrumentCatalogue();
    private final List<String> redraws = new ArrayList<>();
    /** How often each step's page was laid out. */
    private final java.util.Map<Integer, Integer> pageLayouts = new java.util.HashMap<>();

    @TempDir
    Path dir;

    private Display display;
    private Workbench workbench;
    private Robot robot;
    private ScriptedDialogs dialogs;
    private final List<String> screenThreads = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The third step runs the display's loop while it is built. */
    private boolean spinWhileBuilt;

    /** Step 1 shows the partners and adds one; step 2 fails to build; step 3 shows a label. */
    private final InstrumentScreens screens = new InstrumentScreens() {
        public String instrumentId() {
            return "proef";
        }

        public void createStep(int step, Composite parent, WorkContext context) {
            parent.setLayout(step == 2 ? new CountedColumn(() -> pageLayouts.merge(step, 1, Integer::sum))
                    : new FillLayout(SWT.VERTICAL));
            if (step == 1) {
                throw new IllegalStateException("stap twee is stuk");
            }
            if (step == 2 && spinWhileBuilt) {
                // as a dialog does (a screen that tells something while it is built): queued work runs meanwhile
                while (parent.getDisplay().readAndDispatch()) {
                    // its loop
                }
            }
            if (step == 2) {
                // a step with more content than a laptop screen holds
                Label tall = new Label(parent, SWT.WRAP);
                tall.setData(Ids.KEY, "proef.tall");
                tall.setText("regel\n".repeat(200));
            }
            Label label = new Label(parent, SWT.NONE);
            label.setData(Ids.KEY, "proef.partners");
            label.setFont(context.font());
            Runnable redraw = () -> {
                label.setText(context.dossier().partners().size() + " partners");
                redraws.add("step" + step);
            };
            redraw.run();
            context.onChange(redraw);
            Button add = new Button(parent, SWT.PUSH);
            add.setData(Ids.KEY, "proef.add" + step);
            add.addListener(SWT.Selection, e -> context.apply(Edits.addPartner(Partner.of("Nieuw", Role.CHAIN))));
            // work that would make the window wait, done on the context's background thread, ends in an edit
            Button later = new Button(parent, SWT.PUSH);
            later.setData(Ids.KEY, "proef.later" + step);
            later.addListener(SWT.Selection, e -> context.background().execute(() -> {
                screenThreads.add(Thread.currentThread().getName());
                context.apply(Edits.addPartner(Partner.of("Uit de achtergrond", Role.CORE)));
            }));
            // the same, but it touches another instrument's data: refused
            Button foreign = new Button(parent, SWT.PUSH);
            foreign.setData(Ids.KEY, "proef.foreign" + step);
            foreign.addListener(SWT.Selection, e -> context.background().execute(
                    () -> context.apply(Edits.instrumentData("netwerkambitie", java.util.Map.of("ambitie", "overgenomen")))));
        }
    };

    @BeforeEach
    void open() {
        display = Display.getDefault();
        workbench = new Workbench(display, RealDocuments.in(dir.resolve("data")), catalogue, new RecentFiles(dir.resolve("recent")),
                Locale.of("nl"), () -> null, "0.1.0", (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        workbench.open();
        robot = new Robot(display, workbench.shell());
        catalogue.add(new Instrument() {
            public String id() {
                return "proef";
            }

            public InstrumentDescriptor describe(Locale locale) {
                return new InstrumentDescriptor("proef", "Proefinstrument", "", "", "", "", "", List.of(),
                        List.of(new Step("Verzamelen", "Wie doet mee?", "Laat iedereen aan het woord"),
                                new Step("Kapot", "", ""), new Step("Afronden", "Wat nemen we mee?", "")),
                        List.of(), "");
            }
        });
        catalogue.addScreens(screens);
        robot.spin();
    }

    @AfterEach
    void close() {
        if (!workbench.shell().isDisposed()) {
            workbench.shell().dispose();
        }
        robot.spin();
    }

    @Test
    void backAndNextLayOutTheStepInViewAndLeaveTheHiddenOnesAlone() {
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        robot.spin(); // the first page is built after the tab is shown
        robot.click("step.next");
        robot.click("step.next");
        robot.spin();
        Composite first = (Composite) robot.find("step.content.0");
        Composite last = (Composite) robot.find("step.content.2");
        LayoutCount hidden = LayoutCount.under(first);
        LayoutCount inView = LayoutCount.under(last);
        robot.click("step.back");
        robot.click("step.next");
        robot.spin();
        // a hidden page of hundreds of rows costs seconds to lay out, and a page of wrapping labels shown again as it
        // was 150-200 ms: a page is laid out by its sizes
        assertEquals(0, hidden.count(), "the first step, hidden all along, was laid out");
        assertEquals(0, inView.count(), "the last step, shown again as it was, was laid out again");

        robot.click("step.back");
        Point size = workbench.shell().getSize();
        workbench.shell().setSize(size.x + 120, size.y + 60);
        robot.spin();
        assertEquals(0, inView.count(), "hidden, the last step is not sized with the window");
        robot.click("step.next");
        robot.spin();
        assertTrue(inView.count() > 0, "shown again in a larger window, the last step was laid out");
        assertEquals(last.getParent().getClientArea().width, last.getSize().x, "to the window's new width");
        Label partners = (Label) robot.find("proef.partners");
        assertEquals(last.getClientArea().width, partners.getSize().x, "and what it holds with it");
    }

    @Test
    void theOpenShowsTheTabAndANewPageIsLaidOutInTheDispatchAfterItsBuild() {
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        Label title = (Label) robot.all("step.title").get(0);
        assertEquals("Stap 1 van 3: Verzamelen", title.getText(), "the tab shows its step at once");
        assertTrue(robot.all("step.tip").get(0).getVisible(), "with the facilitator's tip");
        assertFalse(robot.all("step.nextUp").get(0).getVisible(), "not what comes next: that is the room's window's");
        assertEquals(List.of(), robot.all("step.content.0"), "the open makes the tab, the page comes after it");
        Composite first = dispatchUntilMade("step.content.0");
        assertFalse(first.isVisible(), "built, and laid out in a dispatch of its own");
        robot.spin();
        assertTrue(first.isVisible() && first.getSize().x > 0, "then shown at its size");

        // Next: the new page is made in the click; the step before stays in view, whole, until it is laid out
        ((Button) robot.all("step.next").get(0)).notifyListeners(SWT.Selection, new Event());
        Composite second = (Composite) robot.all("step.content.1").get(0);
        assertFalse(second.isVisible());
        assertTrue(first.isVisible());
        assertEquals("Stap 1 van 3: Verzamelen", title.getText(), "with its heading");
        robot.spin();
        assertTrue(second.isVisible() && second.getSize().x > 0);
        assertFalse(first.isVisible());
        assertEquals("Stap 2 van 3: Kapot", title.getText());
    }

    @Test
    void aLayoutBetweenTheBuildAndTheShowSizesTheNewPageNotTheOneItReplaces() {
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        robot.spin();
        Composite first = robot.find("step.content.0");
        LayoutCount firstLaidOut = LayoutCount.under(first);
        ((Button) robot.all("step.next").get(0)).notifyListeners(SWT.Selection, new Event());
        // the window changes size before the new page is shown, as it does when F11 takes it to full screen
        Point size = workbench.shell().getSize();
        workbench.shell().setSize(size.x + 120, size.y + 60);
        robot.spin();
        Composite second = robot.find("step.content.1");
        assertEquals(second.getParent().getClientArea().width, second.getSize().x, "the new page has the new size");
        assertEquals(0, firstLaidOut.count(), "the page it replaces was not laid out for a size it never shows");
    }

    @Test
    void nextBeforeTheFirstPageIsThereGoesToTheNextStepAndStaysThere() {
        robot.menu("menu.file.new");
        InstrumentView view = workbench.instruments().start("proef").orElseThrow();
        ((Button) robot.all("step.next").get(0)).notifyListeners(SWT.Selection, new Event());
        robot.spin();
        assertEquals(1, view.step());
        assertEquals("Stap 2 van 3: Kapot", ((Label) robot.find("step.title")).getText());
        assertTrue(robot.find("step.content.1").isVisible());
        assertEquals(List.of(), robot.all("step.content.0"), "the step left before it was shown is not built");
    }

    @Test
    void aPageWhoseBuildRunsTheEventLoopIsShownOnceBuilt() {
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        robot.spin();
        robot.click("step.next");
        spinWhileBuilt = true;
        robot.click("step.next");
        assertEquals("Stap 3 van 3: Afronden", ((Label) robot.find("step.title")).getText());
        assertEquals(1, robot.all("step.content.2").size(), "built once");
        assertTrue(robot.find("step.content.2").isVisible());
        assertTrue(robot.find("proef.partners").getSize().x > 0, "and laid out");
    }

    /** Dispatches one event or queued runnable at a time until a widget {@code id} exists; {@return it} */
    private Composite dispatchUntilMade(String id) {
        robot.waitUntil(id + " made", () -> !robot.all(id).isEmpty());
        return (Composite) robot.all(id).get(0);
    }

    @Test
    void aStepJustBuiltIsLaidOutOnce() {
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        robot.spin();
        pageLayouts.clear();
        robot.click("step.next");
        robot.click("step.next");
        robot.spin();
        // its first size lays it out; a second pass over hundreds of rows took a second at 1000 partners
        assertEquals(1, pageLayouts.get(2), "the new third step's page was laid out once");
    }

    @Test
    void aStepTallerThanTheWindowStaysAboveTheBackAndNextButtons() {
        workbench.shell().setSize(1000, 700);
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        robot.click("step.next");
        robot.click("step.next");
        robot.spin();
        Control page = (Control) robot.find("step.content.2");
        Control next = (Control) robot.find("step.next");
        Rectangle pageOnScreen = display.map(page.getParent(), null, page.getBounds());
        Rectangle nextOnScreen = display.map(next.getParent(), null, next.getBounds());
        assertTrue(pageOnScreen.y + pageOnScreen.height <= nextOnScreen.y,
                "the step ends above the footer: " + pageOnScreen + ", next " + nextOnScreen);
        Rectangle client = workbench.shell().getClientArea();
        Rectangle shellOnScreen = display.map(workbench.shell(), null, client);
        assertTrue(nextOnScreen.y + nextOnScreen.height <= shellOnScreen.y + shellOnScreen.height,
                "and the footer is inside the window: " + nextOnScreen + " in " + shellOnScreen);
    }

    @Test
    void anEditFromTheBackgroundReachesTheScreenOnTheUiThreadAndIsWhatIsSaved() throws Exception {
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        robot.click("proef.later0");
        robot.waitUntil("the screen shows the edit made in the background",
                () -> ((Label) robot.find("proef.partners")).getText().equals("1 partners"));
        assertEquals(List.of("koers-instrument-work"), screenThreads, "the work ran off the UI thread");
        assertTrue(workbench.shell().getText().startsWith("*"), "the window knows it is unsaved");
        assertEquals(1, workbench.view().orElseThrow().dossier().partners().size());
        Path file = dir.resolve("achtergrond.koers");
        dialogs.files.add(file);
        workbench.save(null);
        robot.waitUntil("saved", () -> !workbench.view().orElseThrow().isDirty());
        assertEquals("Uit de achtergrond",
                new nl.koers.store.internal.JsonDossierStore().read(file).partners().get(0).name());
    }

    @Test
    void anEditFromTheBackgroundThatIsRefusedIsToldAndLogged() throws Exception {
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        robot.click("proef.foreign0");
        robot.waitUntil("the window warns", () -> !dialogs.told.isEmpty());
        String refusal = "Proefinstrument mag alleen zijn eigen gegevens in het dossier veranderen, niet die van instrument "
                + "netwerkambitie; deze wijziging is niet doorgevoerd.";
        assertEquals(List.of("Wijziging niet doorgevoerd: " + refusal), dialogs.told);
        assertTrue(dialogs.logged.stream().anyMatch(l -> l.startsWith("WARN ") && l.endsWith(refusal)), dialogs.logged.toString());
        assertTrue(workbench.view().orElseThrow().dossier().instrumentData().isEmpty(), "nothing changed");
    }

    @Test
    void startFromTheCatalogueWalkTheStepsAndSurviveABrokenScreen() {
        robot.showTab(workbench.tabs(), 1);
        Table list = robot.find("catalogue.list");
        list.setSelection(0);
        list.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertFalse(((Button) robot.find("catalogue.start")).isEnabled(), "no dossier open yet");

        robot.menu("menu.file.new");
        robot.click("catalogue.start");
        assertEquals(1, workbench.instruments().views().size());
        assertEquals("Stap 1 van 3: Verzamelen", ((Label) robot.find("step.title")).getText());
        assertEquals("Wie doet mee?", ((Label) robot.find("step.question")).getText());
        assertTrue(((Label) robot.find("step.tip")).getText().contains("Laat iedereen aan het woord"));
        assertFalse(((Button) robot.find("step.back")).isEnabled());

        robot.click("proef.add0");
        assertEquals("1 partners", ((Label) robot.find("proef.partners")).getText());
        robot.menu("menu.edit.undo");
        assertEquals("0 partners", ((Label) robot.find("proef.partners")).getText(), "undo reaches the screen");

        robot.click("step.next");
        assertEquals("Stap 2 van 3: Kapot", ((Label) robot.find("step.title")).getText());
        assertTrue(((Label) robot.find("step.failed")).getText().contains("stap twee is stuk"));
        robot.click("step.next");
        assertEquals("Stap 3 van 3: Afronden", ((Label) robot.find("step.title")).getText());
        assertFalse(((Button) robot.find("step.next")).isEnabled());
        robot.click("step.back");
        robot.click("step.back");
        assertEquals(0, workbench.instruments().views().get(0).step());

        robot.menu("menu.file.close");
        robot.spin();
        assertTrue(workbench.instruments().views().isEmpty(), "closing the dossier closes its instrument");
    }

    /**
     * The tab's close button closes the instrument: the tab goes at once, its screens hear of no edit after it, and
     * their widgets go over the next turns of the window ({@link Demolition}). Before, the tab went and its screens
     * stayed, hidden, following every edit until the window closed.
     */
    @Test
    void theTabsCloseButtonClosesTheInstrumentAndItsScreensGo() {
        robot.menu("menu.file.new");
        int tabs = workbench.tabs().getItemCount();
        workbench.instruments().start("proef");
        Label partners = robot.find("proef.partners");
        Composite control = partners.getParent().getParent().getParent();
        CTabItem tab = workbench.instruments().views().get(0).tab();

        clickCloseButton(tab);
        assertTrue(tab.isDisposed(), "the tab goes at once");
        assertTrue(workbench.instruments().views().isEmpty());
        assertFalse(control.isVisible(), "and what it showed with it");
        redraws.clear();
        workbench.edits().apply(Edits.addPartner(Partner.of("Na het sluiten", Role.CHAIN)));
        assertEquals(List.of(), redraws, "the closed instrument's screens hear of no edit");

        robot.spin();
        assertTrue(partners.isDisposed() && control.isDisposed(), "its widgets went in the turns after");
        assertEquals(tabs, workbench.tabs().getItemCount(), "the window's own tabs are left");
        workbench.instruments().start("proef");
        assertEquals("1 partners", ((Label) robot.find("proef.partners")).getText(), "started again, anew");
    }

    /** Clicks the tab's close button as a person does: it is at the tab's right end. */
    private void clickCloseButton(CTabItem tab) {
        CTabFolder folder = tab.getParent();
        Rectangle bounds = tab.getBounds();
        int y = bounds.y + bounds.height / 2;
        for (int x = bounds.x + bounds.width - 1; x > bounds.x && !tab.isDisposed(); x--) {
            for (int type : new int[] {SWT.MouseMove, SWT.MouseDown, SWT.MouseUp}) {
                Event e = new Event();
                e.x = x;
                e.y = y;
                e.button = type == SWT.MouseMove ? 0 : 1;
                folder.notifyListeners(type, e);
            }
        }
    }

    @Test
    void projectorModeGoesFullScreenWithLargerType() {
        // one screen: the window itself goes to the wall
        workbench.instruments().useMonitors(() -> List.of(display.getPrimaryMonitor().getBounds()));
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        int before = ((Label) robot.find("proef.partners")).getFont().getFontData()[0].getHeight();
        robot.click("step.projector");
        assertTrue(workbench.instruments().views().get(0).projector());
        assertTrue(workbench.shell().getFullScreen());
        int after = ((Label) robot.find("proef.partners")).getFont().getFontData()[0].getHeight();
        assertTrue(after >= before * 2 - 2, before + " -> " + after);
        robot.click("step.projector");
        assertFalse(workbench.shell().getFullScreen());
    }

    /**
     * F11 shows the steps built for the wall, and the desk's pages again when it ends: nothing is destroyed on the
     * way (GTK 3 destroys a label in time that grows with the labels in the window; a belangendialoog page held the
     * window up to 2 s). The hidden pages keep following the dossier and keep their own type.
     */
    @Test
    void projectorModeKeepsThePagesOfEachTypeAndDestroysNone() {
        workbench.instruments().useMonitors(() -> List.of(display.getPrimaryMonitor().getBounds()));
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        robot.click("step.next");
        robot.click("step.next");
        robot.click("step.back");
        robot.click("step.back");
        Composite stack = ((Composite) robot.find("step.content.0")).getParent();
        List<Control> desk = List.of(stack.getChildren());
        assertEquals(3, desk.size(), "a page per step");
        Label deskPartners = robot.find("proef.partners");
        int deskHeight = deskPartners.getFont().getFontData()[0].getHeight();
        Rectangle hiddenPage = desk.get(2).getBounds();

        robot.click("step.projector");
        Label wallPartners = robot.find("proef.partners");
        assertNotEquals(hiddenPage, wallPartners.getParent().getBounds(), "full screen: the stack has another size");
        assertEquals(hiddenPage, desk.get(2).getBounds(), "a hidden page is not sized, nor laid out, on F11");
        assertFalse(desk.stream().anyMatch(Control::isDisposed), "no page of the desk's type destroyed");
        assertFalse(deskPartners.isVisible(), "the desk's page waits hidden");
        assertTrue(wallPartners != deskPartners && wallPartners.isVisible(), "the step in view, built for the wall");
        assertTrue(wallPartners.getFont().getFontData()[0].getHeight() >= 2 * deskHeight - 2, "in large type");
        assertEquals(4, stack.getChildren().length, "only the step in view is built for the wall");

        robot.click("proef.add0"); // an edit made on the wall reaches the desk's page too
        assertEquals("1 partners", wallPartners.getText());
        robot.click("step.projector");
        assertFalse(workbench.shell().getFullScreen());
        assertTrue(deskPartners.isVisible(), "back at the desk: the same page");
        assertEquals("1 partners", deskPartners.getText());
        assertEquals(deskHeight, deskPartners.getFont().getFontData()[0].getHeight(), "in the desk's type");
        assertFalse(wallPartners.isDisposed(), "the wall's page is kept for the next time");

        robot.click("step.projector");
        assertTrue(wallPartners.isVisible(), "the wall's page again, not built anew");
        assertEquals(4, stack.getChildren().length);
        robot.click("step.projector");

        workbench.instruments().views().get(0).close();
        robot.spin();
        assertTrue(desk.stream().allMatch(Control::isDisposed) && wallPartners.isDisposed(),
                "closing the instrument destroys the pages of both types");
    }

    @Test
    void theTimerCountsDownAndPauses() throws Exception {
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        org.eclipse.swt.widgets.Spinner minutes = robot.find("timer.minutes");
        minutes.setSelection(1);
        minutes.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertEquals("1:00", ((Label) robot.find("timer.remaining")).getText());
        robot.click("timer.startPause");
        long end = System.currentTimeMillis() + 1600;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        String running = ((Label) robot.find("timer.remaining")).getText();
        assertTrue(running.equals("0:59") || running.equals("0:58"), running);
        robot.click("timer.startPause");
        Thread.sleep(1100);
        robot.spin();
        assertEquals(running, ((Label) robot.find("timer.remaining")).getText(), "paused");
        robot.click("timer.reset");
        assertEquals("1:00", ((Label) robot.find("timer.remaining")).getText());
    }

    @Test
    void theTimerSignalsItsEndInColourAndSound() {
        robot.menu("menu.file.new");
        workbench.instruments().start("proef");
        int[] beeps = { 0 };
        workbench.instruments().views().get(0).timer().runFor(300, () -> beeps[0]++);
        Label remaining = robot.find("timer.remaining");
        robot.waitUntil("the time is up", () -> remaining.getText().equals("0:00"));
        robot.idle(600);
        assertEquals(1, beeps[0], "one beep, not one a tick");
        assertEquals(display.getSystemColor(SWT.COLOR_RED), remaining.getBackground());
    }

    @Test
    void exportWritesAPrintableOfTheOpenDossierInTheBackground() throws Exception {
        aDossierWithAPrintable();
        exportThroughThePreview();
        Path pdf = dir.resolve("proef.kaart.pdf");
        robot.waitUntil("the PDF is written", () -> java.nio.file.Files.exists(pdf)
                && ((Label) robot.find("status")).getText().contains("proef.kaart.pdf"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("Kaarten voor de zaal"));
        }
        assertEquals(List.of(), dialogs.overwriteAsked, "a new file needs no question");
    }

    @Test
    void exportAsksBeforeItWritesOverAFile() throws Exception {
        aDossierWithAPrintable();
        Path pdf = java.nio.file.Files.writeString(dir.resolve("proef.kaart.pdf"), "de kaart van vorige week");
        dialogs.overwriteAnswers.add(false);
        exportThroughThePreview();
        assertEquals(List.of(pdf), dialogs.overwriteAsked);
        robot.spin();
        assertEquals("de kaart van vorige week", java.nio.file.Files.readString(pdf));
        // asked again, the user overwrites it
        dialogs.overwriteAnswers.add(true);
        exportThroughThePreview();
        robot.waitUntil("the PDF is written over the file", () -> {
            try {
                return java.nio.file.Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .startsWith("%PDF-");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertEquals(2, dialogs.overwriteAsked.size());
    }

    /** A printable of the test, and a new dossier titled "Kaarten voor de zaal". */
    private void aDossierWithAPrintable() {
        workbench.exports().useRenderer(() -> new nl.koers.render.internal.PdfBoxRenderer());
        catalogue.addPrintable(new nl.koers.instrument.api.print.Printable() {
            public String id() {
                return "proef.kaart";
            }

            public String name(Locale locale) {
                return "Proefkaart";
            }

            public Format format() {
                return Format.PDF;
            }

            public List<nl.koers.instrument.api.figure.Page> pages(nl.koers.domain.Dossier d, Locale locale) {
                return List.of(new nl.koers.instrument.api.figure.Page(nl.koers.instrument.api.figure.PageSize.A4_PORTRAIT,
                        List.of(nl.koers.instrument.api.figure.Label.of(20, 20, 170, 20, d.title(), 14))));
            }
        });
        robot.menu("menu.file.new");
        robot.type("details.title", "Kaarten voor de zaal");
    }

    /** File > Export > the test's printable, and the preview's export button, into {@link #dir}. */
    private void exportThroughThePreview() {
        dialogs.folders.add(dir);
        org.eclipse.swt.widgets.MenuItem exportMenu = robot.menuItem("menu.file.export");
        exportMenu.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        robot.menu("export.proef.kaart");
        robot.waitUntil("the preview shows the page", () -> {
            try {
                return ((Label) robot.find("preview.position")).getText().equals("Pagina 1 van 1");
            } catch (AssertionError notYet) {
                return false;
            }
        });
        robot.click("preview.export");
    }

    @Test
    void screensGoneFromTheFrameworkAreNotOfferedAgain() {
        robot.menu("menu.file.new");
        catalogue.removeScreens(screens);
        robot.spin();
        workbench.instruments().start("proef");
        assertTrue(workbench.instruments().views().isEmpty());
        assertNotNull(workbench.shell());
    }

    /** One control below the other, each at the width of the page; counts its layouts. */
    private static final class CountedColumn extends Layout {
        private final Runnable laidOut;

        CountedColumn(Runnable laidOut) {
            this.laidOut = laidOut;
        }

        @Override
        protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
            Point size = new Point(0, 0);
            for (Control c : composite.getChildren()) {
                Point p = c.computeSize(wHint, SWT.DEFAULT, flushCache);
                size.x = Math.max(size.x, p.x);
                size.y += p.y;
            }
            return size;
        }

        @Override
        protected void layout(Composite composite, boolean flushCache) {
            laidOut.run();
            Rectangle area = composite.getClientArea();
            int y = area.y;
            for (Control c : composite.getChildren()) {
                int height = c.computeSize(area.width, SWT.DEFAULT, flushCache).y;
                c.setBounds(area.x, y, area.width, height);
                y += height;
            }
        }
    }
}
