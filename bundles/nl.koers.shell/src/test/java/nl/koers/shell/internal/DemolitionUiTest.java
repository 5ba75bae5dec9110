package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Widgets nobody sees any more, taken away a few at a time in a real window. */
class DemolitionUiTest {
    private final List<String> gone = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private Display display;
    private Shell shell;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        // as SWT has it: another test's window may have set its own on this display
        display.setRuntimeExceptionHandler(e -> {
            throw e;
        });
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(400, 300);
    }

    @AfterEach
    void close() {
        shell.dispose();
        spin();
    }

    @Test
    void whatIsHandedOverIsHiddenAtOnceAndGoesInnermostFirstOneWidgetATurn() {
        Composite page = named(new Composite(shell, SWT.NONE), "page");
        page.setLayout(new FillLayout(SWT.VERTICAL));
        named(new Label(page, SWT.NONE), "heading");
        Composite row = named(new Composite(page, SWT.NONE), "row");
        row.setLayout(new FillLayout());
        named(new Label(row, SWT.NONE), "name");
        named(new Label(row, SWT.NONE), "role");
        shell.open();
        spin();
        Demolition demolition = new Demolition(display, failures::add, 0);

        demolition.dispose(page);
        assertFalse(page.isVisible(), "hidden at once");
        assertTrue(gone.isEmpty(), "nothing destroyed in the event that closed it");
        assertFalse(demolition.done());

        List<Integer> goneAfterEachDispatch = new ArrayList<>();
        while (display.readAndDispatch()) {
            goneAfterEachDispatch.add(gone.size());
        }
        assertEquals(List.of("role", "name", "row", "heading", "page"), gone,
                "innermost first, the last child before the others, each container after what it holds");
        for (int i = 1; i < goneAfterEachDispatch.size(); i++) {
            assertTrue(goneAfterEachDispatch.get(i) - goneAfterEachDispatch.get(i - 1) <= 1,
                    "with no time for more, one widget a turn: " + goneAfterEachDispatch);
        }
        assertTrue(demolition.done());
        assertTrue(failures.isEmpty());
        assertFalse(shell.isDisposed(), "the window stays");
    }

    @Test
    void aDisposeListenerThatFailsIsToldAndTheRestStillGoes() {
        Composite page = named(new Composite(shell, SWT.NONE), "page");
        Label kept = named(new Label(page, SWT.NONE), "kept");
        Label failing = named(new Label(page, SWT.NONE), "failing");
        failing.addDisposeListener(e -> {
            throw new IllegalStateException("a screen's listener fails");
        });
        Composite other = named(new Composite(shell, SWT.NONE), "other");
        Demolition demolition = new Demolition(display, failures::add, 0);

        demolition.dispose(page);
        demolition.dispose(other);
        spin();

        assertEquals(1, failures.size(), "told once: " + failures);
        assertEquals("a screen's listener fails", failures.get(0).getMessage());
        assertTrue(page.isDisposed() && kept.isDisposed(), "what held the failing widget went in one go");
        assertTrue(other.isDisposed(), "and what was handed over after it went too");
        assertTrue(demolition.done());
    }

    @Test
    void finishTakesWhatIsLeftAtOnce() {
        List<Control> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Composite page = new Composite(shell, SWT.NONE);
            new Label(page, SWT.NONE);
            pages.add(page);
        }
        Demolition demolition = new Demolition(display, failures::add, 0);
        pages.forEach(demolition::dispose);
        display.readAndDispatch();

        demolition.finish();
        assertTrue(pages.stream().allMatch(Control::isDisposed));
        assertTrue(demolition.done());
        spin(); // a turn still queued finds nothing left
        assertTrue(failures.isEmpty());
    }

    private <T extends Control> T named(T control, String name) {
        control.addDisposeListener(e -> gone.add(name));
        return control;
    }

    private void spin() {
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }
}
