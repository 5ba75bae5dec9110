package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;

/** The holder computes each analysis of a dossier value once, for every thread, and lets the dossier go. */
class AnalysesTest {
    private final Analyses analyses = new Analyses();

    @Test
    void theSameDossierGetsTheSameResultAndAnEditedOneAFreshOne() {
        Dossier d = FastAnalysesPropertyTest.dossier(new Random(3));
        List<Finding> first = analyses.findings(d);
        assertSame(first, analyses.findings(d));
        assertSame(analyses.sharedWording(d), analyses.sharedWording(d));
        assertEquals(BringGet.findings(d), first);
        assertEquals(CategoryBalance.of(d), analyses.categoryBalances(d));

        Dossier edited = d.withDetails("Ander", d.theme(), d.initiator(), d.route(), d.openness());
        assertNotSame(first, analyses.findings(edited));
        assertEquals(BringGet.findings(edited), analyses.findings(edited));
    }

    @Test
    void threadsAskingAtOnceShareOneComputation() throws Exception {
        Dossier d = FastAnalysesPropertyTest.dossier(new Random(5));
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Object>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(pool.submit(() -> {
                    start.await();
                    return analyses.of(d, "slow", x -> {
                        computed.incrementAndGet();
                        sleep();
                        return new Object();
                    });
                }));
            }
            start.countDown();
            Object first = asked.get(0).get();
            for (Future<Object> f : asked) {
                assertSame(first, f.get());
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureReachesEveryoneWhoAsks() {
        Dossier d = FastAnalysesPropertyTest.dossier(new Random(7));
        assertThrows(IllegalArgumentException.class, () -> analyses.of(d, "broken", x -> {
            throw new IllegalArgumentException("no");
        }));
        assertThrows(IllegalArgumentException.class, () -> analyses.of(d, "broken", x -> "never asked again"));
    }

    @Test
    void theHolderDoesNotKeepTheDossierAlive() {
        WeakReference<Dossier> gone = askAboutADossierAndDropIt();
        for (int i = 0; i < 50 && gone.get() != null; i++) {
            System.gc();
        }
        assertNull(gone.get());
    }

    private WeakReference<Dossier> askAboutADossierAndDropIt() {
        Dossier d = FastAnalysesPropertyTest.dossier(new Random(9));
        analyses.findings(d);
        return new WeakReference<>(d);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
