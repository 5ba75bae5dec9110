package nl.koers.instrument.netwerkambitie.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.koers.document.Document;
import nl.koers.document.Documents;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;

/**
 * The exchange built by a click, as the workbench builds a step the first time it is shown: the click makes the
 * page of cards empty and lays it out; each card's lines come in a turn of the event loop of their own. A page of
 * eight cards (some forty wrapping lines each) made and measured in the click froze the window for most of a
 * second.
 */
class ExchangeInSlicesUiTest {
    private final Display display = Display.getDefault();
    private final Shell shell = new Shell(display);
    private final Document document = Documents.detached(Dossiers.many(12));
    private final SessionContext context = new SessionContext(display, document, Locale.of("nl"), false);

    @AfterEach
    void close() {
        shell.dispose();
        context.close();
        document.close();
        while (display.readAndDispatch()) {
            // the disposal
        }
    }

    @Test
    void theClickMakesNoLinesOfCardsAndTheTurnsAfterItMakeThemAll() {
        shell.setBounds(0, 0, 1280, 960);
        shell.setLayout(new FillLayout());
        shell.open();
        Composite page = new Composite(shell, SWT.NONE);
        Robot robot = new Robot(display, shell, Ui.PREFIX, context::idle);

        // Volgende: the step built and laid out in one go, before the display runs anything else
        new NetwerkambitieScreens().createStep(2, page, context.forScreen(page));
        shell.layout(true, true);
        Composite row = (Composite) ((ScrolledComposite) robot.find("exchange.cards")).getContent();
        int inTheClick = labels(row);

        robot.spin();
        List<Partner> shown = context.session().dossier().partners().subList(0, ExchangeStep.CARDS);
        for (Partner p : shown) {
            assertEquals(1, robot.all("exchange.card." + p.id() + ".name").size(), "the card of " + p.id());
            assertEquals(1, robot.all("exchange.balance." + p.id()).size(), "its sums, the card's last line");
        }
        assertTrue(labels(row) >= ExchangeStep.CARDS * 15, "every card has its lines: " + labels(row));
        // before, all of them: 8 cards of 19 lines
        assertEquals(0, inTheClick, "lines of cards made in the click");
    }

    private static int labels(Composite parent) {
        int n = 0;
        List<Control> todo = new ArrayList<>(List.of(parent.getChildren()));
        while (!todo.isEmpty()) {
            Control c = todo.remove(todo.size() - 1);
            if (c instanceof Composite composite) {
                todo.addAll(List.of(composite.getChildren()));
            } else if (c instanceof Label) {
                n++;
            }
        }
        return n;
    }
}
