package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wheel over a choice in a real window's scrolled page: the page scrolls, the choice keeps what was chosen. */
class WheelOverChoicesUiTest {
    private final Display display = Display.getDefault();
    private Shell shell;
    private ScrolledComposite page;
    private Combo choice;
    /** Has the keyboard, as a field the facilitator typed in last. */
    private Text field;
    private WheelOverChoices wheel;

    @BeforeEach
    void open() {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(50, 50, 400, 300);
        page = new ScrolledComposite(shell, SWT.V_SCROLL);
        Composite content = new Composite(page, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        field = new Text(content, SWT.BORDER);
        for (int i = 0; i < 5; i++) {
            new Label(content, SWT.NONE).setText("regel " + i);
        }
        choice = new Combo(content, SWT.READ_ONLY);
        choice.setItems("herkent zich", "herkent zich deels", "herkent zich niet");
        choice.select(0);
        for (int i = 5; i < 60; i++) {
            new Label(content, SWT.NONE).setText("regel " + i);
        }
        content.setSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        page.setContent(content);
        shell.open();
        field.setFocus();
        settle();
        wheel = new WheelOverChoices(display);
    }

    @AfterEach
    void close() {
        wheel.remove();
        shell.dispose();
    }

    @Test
    void theWheelOverAChoiceWithoutTheKeyboardScrollsThePageAndIsKeptFromTheChoice() {
        Event down = wheelDown();
        wheel.handleEvent(down);
        assertFalse(down.doit, "GTK does not get it: it would change the choice");
        int line = page.getVerticalBar().getIncrement();
        assertTrue(line > 0);
        assertEquals(3 * line, page.getOrigin().y, "three lines down, as over the rest of the page");
        Event up = wheelDown();
        up.count = 5;
        wheel.handleEvent(up);
        assertEquals(0, page.getOrigin().y, "not above the top");
        assertEquals(0, choice.getSelectionIndex());
    }

    @Test
    void aChoiceWithTheKeyboardTakesTheWheel() {
        choice.setFocus();
        settle();
        Event e = wheelDown();
        wheel.handleEvent(e);
        assertTrue(e.doit, "left to the choice");
        assertEquals(0, page.getOrigin().y, "the page stays");
    }

    /** The wheel turned three lines down over the choice, as SWT reports it. */
    private Event wheelDown() {
        Event e = new Event();
        e.type = SWT.MouseVerticalWheel;
        e.widget = choice;
        e.display = display;
        e.count = -3;
        e.doit = true;
        return e;
    }

    private void settle() {
        long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.sleep();
                display.timerExec(10, () -> { });
            }
        }
    }
}
