package nl.koers.instrument.partnermodel.internal.screen;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import nl.koers.document.Document;
import nl.koers.document.Documents;
import nl.koers.domain.Dossier;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * Not a test: prints the longest the display's thread was busy in one go (its processor time) while the first
 * canvas step, the same step for the projector (F11) and the snapshot step are built for a thousand partners.
 * Run with -Dtest=FreezeTour.
 */
class FreezeTour {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void tour() {
        Dossier d = Dossiers.generated(Integer.getInteger("partners", 1000));
        for (int run = 0; run < 4; run++) {
            // a fresh instrument each run: its first step measures every note anew, as in a window just opened
            PartnermodelScreens screens = new PartnermodelScreens(TemplateCatalogue.standardOnly());
            System.out.printf("run %d: first %.0f ms, F11 %.0f ms, F11 back %.0f ms, snapshots %.0f ms%n", run,
                    longest(screens, d, 0, false), longest(screens, d, 0, true), longest(screens, d, 0, false),
                    longest(screens, d, 5, false));
        }
    }

    /** Builds one step in a window of its own, spins until idle, and returns the longest single busy stretch. */
    private static double longest(PartnermodelScreens screens, Dossier d, int step, boolean projector) {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setBounds(0, 0, 1366, 768);
        shell.setLayout(new FillLayout());
        Document document = Documents.detached(d);
        SessionContext context = new SessionContext(display, document, Locale.of("nl"), projector);
        long start = THREADS.getCurrentThreadCpuTime();
        Composite page = new Composite(shell, SWT.NONE);
        screens.createStep(step, page, context.forScreen(page));
        shell.open();
        shell.layout(true, true);
        long longest = THREADS.getCurrentThreadCpuTime() - start;
        if (Boolean.getBoolean("tour.detail")) {
            System.out.printf("  step %d%s built in %.0f ms;", step, projector ? " F11" : "", longest / 1e6);
        }
        long built = longest;
        longest = 0;
        // three seconds of the event loop: what the step queued, and its slices, run in them
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) {
            long t = THREADS.getCurrentThreadCpuTime();
            if (!display.readAndDispatch()) {
                sleep();
            }
            longest = Math.max(longest, THREADS.getCurrentThreadCpuTime() - t);
        }
        if (Boolean.getBoolean("tour.detail")) {
            System.out.printf(" then at most %.0f ms at a time%n", longest / 1e6);
        }
        longest = Math.max(longest, built);
        shell.dispose();
        context.close();
        document.close();
        while (display.readAndDispatch()) {
            // the disposal
        }
        return longest / 1e6;
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
