package nl.koers.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Display;

import nl.koers.document.Document;
import nl.koers.document.Documents;
import nl.koers.domain.Dossier;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.belangendialoog.internal.BelangendialoogInstrument;
import nl.koers.instrument.belangendialoog.internal.print.InterestMapPrintable;
import nl.koers.instrument.belangendialoog.internal.screen.BelangendialoogScreens;
import nl.koers.instrument.brengenhalen.internal.BrengenhalenInstrument;
import nl.koers.instrument.brengenhalen.internal.print.FigurePosterA3;
import nl.koers.instrument.brengenhalen.internal.screen.BrengenhalenScreens;
import nl.koers.instrument.netwerkambitie.internal.NetwerkambitieInstrument;
import nl.koers.instrument.netwerkambitie.internal.print.ExchangePrintable;
import nl.koers.instrument.netwerkambitie.internal.screen.NetwerkambitieScreens;
import nl.koers.instrument.partnermodel.internal.PartnermodelInstrument;
import nl.koers.instrument.partnermodel.internal.print.PosterA3;
import nl.koers.instrument.partnermodel.internal.screen.PartnermodelScreens;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;
import nl.koers.shell.internal.BenchmarkWindow;

/**
 * What a facilitator does first with a large dossier, in the real Koers window on a real document: start each
 * instrument, Volgende through every step, F11 to the projector and back on the last one, Vorige back to the first,
 * then switch between the instruments' tabs, and open the print preview of each instrument's largest printable. The window's own instrument tab does the paging (building a step the
 * first time, again after the projector switch), driven by its buttons. Gives the longest the display's thread was
 * busy in one go (a click's own work or one event dispatched: what the window froze for) and, per step, the time until
 * it was complete (its background work landed and the display had nothing queued).
 */
final class WalkSteps {
    private static final long STEP_LIMIT_NANOS = 120_000_000_000L;

    /** One instrument to walk: what it is and its screens. */
    record Walk(String key, Supplier<Instrument> instrument, Supplier<InstrumentScreens> screens) {
    }

    /** The row of switching between the instruments once all are open. */
    static final String SWITCH = "walk.switch";
    /** The row of the print previews, one of each instrument's, after the walk. */
    static final String PREVIEW = "walk.preview";
    /** The row of closing every instrument after the walk and the previews, as closing the dossier does. */
    static final String CLOSE = "walk.close";

    private final Display display = Display.getDefault();
    private final Map<String, BenchmarkWindow.Tab> open = new LinkedHashMap<>();
    /** Told the step in view after each click, as the window's heading says it: for the tests. */
    private final Consumer<String> seen;
    private BenchmarkWindow window;
    private long longest;
    private int partners;

    WalkSteps() {
        this(heading -> {
        });
    }

    /** @param seen told the heading in view after each click, "F11 " before it in projector mode */
    WalkSteps(Consumer<String> seen) {
        this.seen = seen;
    }

    static List<Walk> all() {
        return List.of(new Walk("walk.netwerkambitie", NetwerkambitieInstrument::new, NetwerkambitieScreens::new),
                new Walk("walk.brengenhalen", BrengenhalenInstrument::new, BrengenhalenScreens::new),
                new Walk("walk.belangendialoog", BelangendialoogInstrument::new, BelangendialoogScreens::new),
                new Walk("walk.partnermodel", PartnermodelInstrument::new,
                        () -> new PartnermodelScreens(TemplateCatalogue.standardOnly())));
    }

    /** What the preview row opens: each instrument's printable of the whole table, the largest it prints. */
    static List<Supplier<Printable>> printables() {
        return List.of(ExchangePrintable::new, FigurePosterA3::new, InterestMapPrintable::new,
                () -> new PosterA3(TemplateCatalogue.standardOnly()));
    }

    void run(Dossier dossier, Set<String> skip, Report out) throws InterruptedException, IOException {
        partners = dossier.partners().size();
        Path data = Files.createTempDirectory("koers-walk");
        Document document = Documents.detached(dossier);
        window = new BenchmarkWindow(display, document, data);
        try {
            for (Walk walk : all()) {
                window.install(walk.instrument().get(), walk.screens().get());
            }
            settle();
            for (Walk walk : all()) {
                if (!skip.contains(walk.key())) {
                    out.start(walk.key());
                    walk(walk, out);
                }
            }
            if (!skip.contains(SWITCH) && !open.isEmpty()) {
                out.start(SWITCH);
                longest = 0;
                for (BenchmarkWindow.Tab tab : open.values()) {
                    click(tab, tab::bringToFront);
                }
                out.result(SWITCH, longest / 1e6);
            }
            if (!skip.contains(PREVIEW)) {
                out.start(PREVIEW);
                previews(out);
            }
            if (!skip.contains(CLOSE) && !open.isEmpty()) {
                out.start(CLOSE);
                int widgets = window.widgets();
                longest = 0;
                long start = System.nanoTime();
                window.closeInstruments();
                longest = Math.max(longest, System.nanoTime() - start);
                settle(); // the closed instruments' widgets go a few at a time, between events
                out.note(CLOSE, "walkClose@" + partners + "@" + widgets + "@"
                        + Table.time((System.nanoTime() - start) / 1e6) + "@" + window.widgets());
                out.result(CLOSE, longest / 1e6);
            }
        } finally {
            window.close();
            document.close();
            while (display.readAndDispatch()) {
                // the disposal
            }
            delete(data);
        }
    }

    private void walk(Walk walk, Report out) throws InterruptedException {
        longest = 0;
        Instrument instrument = walk.instrument().get();
        int steps = instrument.describe(Locale.of("nl")).steps().size();
        StringJoiner complete = new StringJoiner(", ");
        long start = System.nanoTime();
        BenchmarkWindow.Tab tab = window.start(instrument.id());
        longest = Math.max(longest, System.nanoTime() - start);
        open.put(walk.key(), tab);
        try {
            complete.add(Table.time(settled(tab, start) / 1e6));
            for (int step = 1; step < steps; step++) {
                complete.add(click(tab, tab::next));
            }
            // F11 and back: every page built again in the other type, the step in view first
            complete.add("F11 " + click(tab, tab::projector));
            complete.add("F11 " + click(tab, tab::projector));
            for (int step = steps - 2; step >= 0; step--) {
                complete.add(click(tab, tab::back));
            }
        } catch (Stopped stopped) {
            // the window's watchdog stops an instrument that holds it for seconds: what a user would see, written down
            open.remove(walk.key());
            window.forgetTold();
            out.note(walk.key(), "walkStopped@" + partners + "@" + stopped.getMessage());
        }
        out.note(walk.key(), "walkSteps@" + partners + "@" + complete);
        out.result(walk.key(), longest / 1e6);
    }

    /**
     * Opens each printable's preview as its menu item does, waits until it is shown, goes to its second page (when
     * there is one) and closes it.
     */
    private void previews(Report out) throws InterruptedException {
        longest = 0;
        StringJoiner complete = new StringJoiner(", ");
        for (Supplier<Printable> made : printables()) {
            Printable printable = made.get();
            long start = System.nanoTime();
            window.preview(printable);
            longest = Math.max(longest, System.nanoTime() - start);
            BenchmarkWindow.Preview preview = shown(printable);
            settle();
            complete.add(printable.id() + " " + Table.time((System.nanoTime() - start) / 1e6));
            start = System.nanoTime();
            if (preview.next()) {
                longest = Math.max(longest, System.nanoTime() - start);
                settle();
                complete.add(preview.position() + " " + Table.time((System.nanoTime() - start) / 1e6));
            }
            preview.close();
            settle();
        }
        out.note(PREVIEW, "walkPreview@" + partners + "@" + complete);
        out.result(PREVIEW, longest / 1e6);
    }

    /** Runs the display until the preview's pages are made and its window is open. */
    private BenchmarkWindow.Preview shown(Printable printable) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < STEP_LIMIT_NANOS) {
            long t = System.nanoTime();
            boolean busy = display.readAndDispatch();
            longest = Math.max(longest, System.nanoTime() - t);
            var preview = window.preview();
            if (preview.isPresent()) {
                return preview.get();
            }
            if (!window.told().isEmpty()) {
                throw new IllegalStateException(printable.id() + ": " + window.told());
            }
            if (!busy) {
                Thread.sleep(1);
            }
        }
        throw new IllegalStateException(printable.id() + ": no preview");
    }

    /**
     * Clicks in the tab and returns, as the note shows it, the time until the window was complete again and the
     * longest it froze on the way.
     */
    private String click(BenchmarkWindow.Tab tab, Runnable click) throws InterruptedException {
        long before = longest;
        longest = 0;
        long start = System.nanoTime();
        click.run();
        longest = Math.max(longest, System.nanoTime() - start);
        long complete = settled(tab, start);
        long froze = longest;
        longest = Math.max(before, froze);
        return Table.time(complete / 1e6) + " (" + Table.time(froze / 1e6) + ")";
    }

    /** Waits until the window is complete, checks that the tab is well, and returns the nanoseconds since start. */
    private long settled(BenchmarkWindow.Tab tab, long start) throws InterruptedException {
        settle();
        long took = System.nanoTime() - start;
        String trouble = tab.trouble();
        if (tab.stopped()) {
            throw new Stopped(String.valueOf(tab.step() + 1));
        }
        if (!trouble.isEmpty()) {
            throw new IllegalStateException("step " + (tab.step() + 1) + ": " + trouble);
        }
        seen.accept((tab.inProjectorMode() ? "F11 " : "") + tab.heading());
        return took;
    }

    /**
     * Runs the display until the screens' background work is done and nothing is queued, keeping the longest single
     * dispatch. Anything dispatched may have given new work, so the mark on the work is set again after it.
     */
    private void settle() throws InterruptedException {
        long start = System.nanoTime();
        CompletableFuture<Void> mark = null;
        while (System.nanoTime() - start < STEP_LIMIT_NANOS) {
            long t = System.nanoTime();
            boolean busy = display.readAndDispatch();
            longest = Math.max(longest, System.nanoTime() - t);
            if (busy) {
                mark = null;
            } else if (mark == null) {
                mark = window.workMark();
            } else if (mark.isDone()) {
                // what the work gave back to the display is queued by now
                t = System.nanoTime();
                busy = display.readAndDispatch();
                longest = Math.max(longest, System.nanoTime() - t);
                if (!busy) {
                    return;
                }
                mark = null;
            } else {
                Thread.sleep(1);
            }
        }
    }

    /** The window stopped the instrument on a step: it held the window too long. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param step the step, from 1 */
        Stopped(String step) {
            super(step);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
