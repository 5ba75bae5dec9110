package nl.koers.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.koers.document.Document;
import nl.koers.document.Documents;
import nl.koers.domain.Dossier;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.belangendialoog.internal.screen.BelangendialoogScreens;
import nl.koers.instrument.brengenhalen.internal.screen.BrengenhalenScreens;
import nl.koers.instrument.netwerkambitie.internal.screen.NetwerkambitieScreens;
import nl.koers.instrument.partnermodel.internal.screen.PartnermodelScreens;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;
import nl.koers.instrument.api.swt.testing.SessionContext;

/**
 * What a facilitator does first with a large dossier, in a real window on a real document: open each instrument,
 * Volgende through every step, F11 to the projector and back on the last one, Vorige back to the first, and then
 * switch between the instruments open. A step is built the first time it is shown and again after the projector
 * switch, as the workbench's instrument tab does. Gives the longest the display's thread was busy in one go (a
 * click's own work or one event dispatched: what the window froze for) and, per step, the time until it was
 * complete (its background work landed and the display had nothing queued).
 */
final class WalkSteps {
    private static final long STEP_LIMIT_NANOS = 120_000_000_000L;

    /** One instrument to walk: its screens and how many steps it has. */
    record Walk(String key, Supplier<InstrumentScreens> screens, int steps) {
    }

    private final Display display = Display.getDefault();
    private final Map<String, Composite> open = new HashMap<>();
    private Shell shell;
    private Document document;
    private final List<SessionContext> contexts = new ArrayList<>();
    private long longest;
    private int partners;

    static List<Walk> all() {
        return List.of(new Walk("walk.netwerkambitie", NetwerkambitieScreens::new, 4),
                new Walk("walk.brengenhalen", BrengenhalenScreens::new, 6),
                new Walk("walk.belangendialoog", BelangendialoogScreens::new, 7),
                new Walk("walk.partnermodel", () -> new PartnermodelScreens(TemplateCatalogue.standardOnly()), 6));
    }

    /** The row of switching between the instruments once all are open. */
    static final String SWITCH = "walk.switch";

    void run(Dossier dossier, Set<String> skip, Report out) throws InterruptedException {
        partners = dossier.partners().size();
        shell = new Shell(display);
        shell.setBounds(0, 0, 1280, 960);
        shell.setLayout(new StackLayout());
        document = Documents.detached(dossier);
        shell.open();
        try {
            for (Walk walk : all()) {
                if (!skip.contains(walk.key())) {
                    out.start(walk.key());
                    walk(walk, out);
                }
            }
            if (!skip.contains(SWITCH) && !open.isEmpty()) {
                out.start(SWITCH);
                longest = 0;
                for (Composite instrument : open.values()) {
                    bring(instrument);
                    settle();
                }
                out.result(SWITCH, longest / 1e6);
            }
        } finally {
            shell.dispose();
            contexts.forEach(SessionContext::close);
            document.close();
            while (display.readAndDispatch()) {
                // the disposal
            }
        }
    }

    private void walk(Walk walk, Report out) throws InterruptedException {
        longest = 0;
        InstrumentScreens screens = walk.screens().get();
        Composite instrument = new Composite(shell, SWT.NONE);
        instrument.setLayout(new StackLayout());
        open.put(walk.key(), instrument);
        bring(instrument);
        Map<Integer, Composite> built = new HashMap<>();
        SessionContext window = context(false);
        StringJoiner complete = new StringJoiner(", ");
        for (int step = 0; step < walk.steps(); step++) {
            complete.add(Table.time(show(screens, instrument, built, window, step) / 1e6));
        }
        int last = walk.steps() - 1;
        // F11 and back: every page built again in the other type, the step in view first
        SessionContext projector = context(true);
        rebuild(built);
        complete.add("F11 " + Table.time(show(screens, instrument, built, projector, last) / 1e6));
        rebuild(built);
        complete.add("F11 " + Table.time(show(screens, instrument, built, window, last) / 1e6));
        for (int step = last - 1; step >= 0; step--) {
            complete.add(Table.time(show(screens, instrument, built, window, step) / 1e6));
        }
        out.note(walk.key(), "walkSteps@" + partners + "@" + complete);
        out.result(walk.key(), longest / 1e6);
    }

    private SessionContext context(boolean projector) {
        SessionContext context = new SessionContext(display, document, Locale.of("nl"), projector);
        contexts.add(context);
        return context;
    }

    private static void rebuild(Map<Integer, Composite> built) {
        built.values().forEach(Composite::dispose);
        built.clear();
    }

    /**
     * Shows {@code step} as the Volgende/Vorige click does (built the first time, put on top, laid out) and
     * returns the nanoseconds until it was complete.
     */
    private long show(InstrumentScreens screens, Composite instrument, Map<Integer, Composite> built,
            SessionContext context, int step) throws InterruptedException {
        long start = System.nanoTime();
        boolean fresh = !built.containsKey(step);
        Composite page = built.computeIfAbsent(step, i -> {
            Composite p = new Composite(instrument, SWT.NONE);
            screens.createStep(i, p, context.forScreen(p));
            return p;
        });
        ((StackLayout) instrument.getLayout()).topControl = page;
        // as the workbench's InstrumentView.layOut() after Volgende or Vorige: the page in view, not the hidden ones,
        // and a page just built by its first size alone
        instrument.layout(true, false);
        if (!fresh) {
            page.layout(true, true);
        }
        longest = Math.max(longest, System.nanoTime() - start);
        settle();
        return System.nanoTime() - start;
    }

    /** Switches to an open instrument, as choosing its tab does. */
    private void bring(Composite instrument) {
        long start = System.nanoTime();
        ((StackLayout) shell.getLayout()).topControl = instrument;
        shell.layout(true); // a tab's control is sized, not every page in it laid out again
        longest = Math.max(longest, System.nanoTime() - start);
    }

    /**
     * Runs the display until the screens' background work is done and nothing is queued, keeping the longest single
     * dispatch.
     */
    private void settle() throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < STEP_LIMIT_NANOS) {
            long t = System.nanoTime();
            boolean busy = display.readAndDispatch();
            longest = Math.max(longest, System.nanoTime() - t);
            if (!busy) {
                if (contexts.stream().allMatch(SessionContext::idle)) {
                    t = System.nanoTime();
                    busy = display.readAndDispatch();
                    longest = Math.max(longest, System.nanoTime() - t);
                    if (!busy) {
                        return;
                    }
                }
                Thread.sleep(1);
            }
        }
    }
}
