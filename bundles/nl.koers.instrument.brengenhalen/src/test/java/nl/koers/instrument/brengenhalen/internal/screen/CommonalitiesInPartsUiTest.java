package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import nl.koers.document.Document;
import nl.koers.document.Documents;
import nl.koers.domain.Contribution;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

/**
 * The commonalities of 200 partners as Volgende first shows them: when the analysis lands, its lists come one per
 * dispatch, each growing a few rows per dispatch, laid out by themselves. The step was made visible with every list
 * filled and laid out whole in one go, each wrapped line measured and placed (over half a second of the display's
 * thread on a loaded machine); then a list came whole in a dispatch (twenty matches, or twelve shared words quoting
 * six interests each: 230-380 ms) and moved every heading and hint below it (about twenty labels, each measured
 * again by GTK).
 */
class CommonalitiesInPartsUiTest {
    private static final Pattern ROW = Pattern.compile(Pattern.quote(Ui.PREFIX)
            + "((common\\.essence|common\\.network|match|finding|demand)\\.\\d+).*");

    @Test
    void theListsComeOneAtATimeWhenTheAnalysisLands() {
        Set<String> lists = new HashSet<>();
        List<Set<String>> inOneGo = new ArrayList<>();
        Set<String> all = new HashSet<>();
        Set<Label> placed = new HashSet<>();
        Listener resized = e -> {
            // a row's first size: made and laid out now (a scroll bar that comes sizes every row again, once)
            if (e.type == SWT.Resize && e.widget instanceof Label l && placed.add(l)
                    && l.getData(Ui.ID) instanceof String id) {
                Matcher m = ROW.matcher(id);
                if (m.matches()) {
                    lists.add(m.group(2));
                }
            }
        };
        landing(resized, () -> {
            if (lists.size() > 1) {
                inOneGo.add(Set.copyOf(lists));
            }
            all.addAll(lists);
            lists.clear();
        });
        assertTrue(all.size() >= 3, "lists shown: " + all);
        assertTrue(inOneGo.isEmpty(), "lists laid out in one go: " + inOneGo);
    }

    @Test
    void aDispatchPlacesAFewRowsAndMovesNoLineThatWasThere() {
        Set<Label> placed = new HashSet<>();
        Set<Label> placedBefore = new HashSet<>();
        Set<String> rows = new HashSet<>();
        int[] moved = {0};
        List<Integer> rowsPerDispatch = new ArrayList<>();
        List<Integer> movesPerDispatch = new ArrayList<>();
        Listener sized = e -> {
            if (!(e.widget instanceof Label l)) {
                return;
            }
            if (e.type == SWT.Move && placedBefore.contains(l)) {
                moved[0]++;
            } else if (e.type == SWT.Resize && placed.add(l) && l.getData(Ui.ID) instanceof String id) {
                Matcher m = ROW.matcher(id);
                if (m.matches()) {
                    rows.add(m.group(1));
                }
            }
        };
        landing(sized, () -> {
            if (!rows.isEmpty() || moved[0] > 0) {
                rowsPerDispatch.add(rows.size());
                movesPerDispatch.add(moved[0]);
            }
            rows.clear();
            moved[0] = 0;
            placedBefore.addAll(placed);
        });
        assertTrue(rowsPerDispatch.stream().mapToInt(Integer::intValue).sum() >= 20, "rows: " + rowsPerDispatch);
        assertTrue(rowsPerDispatch.stream().allMatch(n -> n <= CommonalitiesStep.MATCH_SLICE),
                "rows placed per dispatch: " + rowsPerDispatch);
        // what may move is the line below a list that counts what it does not show
        assertTrue(movesPerDispatch.stream().allMatch(n -> n <= 1),
                "lines placed before and moved, per dispatch: " + movesPerDispatch);
    }

    /**
     * After an edit that moves no row (a description worded a little differently), the analysis that lands puts
     * every list in one dispatch: each list took a dispatch of its own, and with it a paint, fifteen in all.
     */
    @Test
    void anAnalysisThatChangesNothingShownLandsInOneDispatch() {
        int[] busy = {0};
        onTheStep((display, context, document) -> {
            untilDrawn(display, context, () -> {
            });
            Partner p = document.dossier().partners().get(0);
            Contribution c = p.contributions().get(0);
            document.apply(Edits.updateContribution(p.id(), new Contribution(c.id(), c.direction(), c.category(),
                    c.description() + " extra", c.amount(), c.unit(), c.firmness()))).join();
            untilDrawn(display, context, () -> busy[0]++);
        });
        assertTrue(busy[0] <= 6, "dispatches from the edit to the analysis drawn: " + busy[0]);
    }

    /**
     * Makes the step on a table of 200 partners in a window, then runs the display until the analysis is drawn,
     * {@code filter} hearing every label's Resize and Move, {@code dispatched} called after each dispatch.
     */
    private static void landing(Listener filter, Runnable dispatched) {
        onTheStep((display, context, document) -> {
            display.addFilter(SWT.Resize, filter);
            display.addFilter(SWT.Move, filter);
            try {
                untilDrawn(display, context, dispatched);
            } finally {
                display.removeFilter(SWT.Resize, filter);
                display.removeFilter(SWT.Move, filter);
            }
        });
    }

    /** Runs the display until it and the background thread are quiet, {@code dispatched} after each busy turn. */
    private static void untilDrawn(Display display, SessionContext context, Runnable dispatched) {
        long end = System.currentTimeMillis() + 20_000;
        boolean busy;
        while (System.currentTimeMillis() < end && ((busy = display.readAndDispatch()) || !context.idle())) {
            if (busy) {
                dispatched.run();
            }
        }
    }

    /** What a test does on the step, made on a table of 200 partners in a window. */
    private interface OnTheStep {
        void run(Display display, SessionContext context, Document document);
    }

    private static void onTheStep(OnTheStep test) {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setBounds(0, 0, 1280, 960);
        shell.setLayout(new StackLayout());
        Document document = Documents.detached(Dossiers.table(200));
        SessionContext context = new SessionContext(display, document, Locale.of("nl"), false);
        try {
            Composite page = new Composite(shell, SWT.NONE);
            ((StackLayout) shell.getLayout()).topControl = page;
            shell.open();
            new BrengenhalenScreens().createStep(4, page, context.forScreen(page));
            shell.layout(true, true);
            test.run(display, context, document);
        } finally {
            shell.dispose();
            context.close();
            document.close();
            new Robot(display, shell, Ui.PREFIX).spin();
        }
    }
}
