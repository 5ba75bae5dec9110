package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import nl.koers.launcher.KoersFramework;

/**
 * The report's chapters in the real distribution, in a real Felix, with the example plugin installed beside the
 * standard instruments: every instrument registers its chapter as a service. The test sees the framework's types
 * only: it finds chapters by their objectClass and instrument id, and asks them through reflection.
 */
class ReportChaptersIT {
    private static final String CHAPTER = "nl.koers.instrument.api.report.ReportChapter";
    private static final Set<String> FIVE = Set.of("netwerkambitie", "brengenhalen", "belangendialoog",
            "partnermodel", "energiekaart");
    private static final long TIMEOUT_MILLIS = 10_000;

    private static final List<String> problems = new ArrayList<>();
    private static KoersFramework koers;
    private static BundleContext context;

    @BeforeAll
    static void boot() throws Exception {
        koers = KoersFramework.start(Installation.home(), Map.of(KoersFramework.LANGUAGE, "nl"),
                (bundle, reason) -> problems.add(bundle + ": " + reason));
        context = koers.bundleContext();
        Path example = Path.of(System.getProperty("koers.example"), "nl.voorbeeldadvies.energiekaart-"
                + "1.0.0.jar");
        assertTrue(Files.isRegularFile(example), "the example plugin is built first: " + example);
        Bundle plugin = context.installBundle(example.toUri().toString());
        plugin.start();
    }

    @AfterAll
    static void stop() {
        if (koers != null) {
            koers.close();
        }
    }

    @Test
    void theFourInstrumentsAndTheExamplePluginEachRegisterTheirChapter() throws Exception {
        assertEquals(List.of(), problems, "bundles that failed to install or start");
        Map<String, Object> chapters = chapters();
        assertEquals(FIVE, chapters.keySet());
        for (Map.Entry<String, Object> e : chapters.entrySet()) {
            Object chapter = e.getValue();
            Class<?> type = chapter.getClass().getClassLoader().loadClass(CHAPTER);
            assertEquals(e.getKey(), call(type, chapter, "instrumentId"), "the property names its instrument");
            assertTrue(((String) call(type, chapter, "id")).startsWith(e.getKey()));
            String title = (String) type.getMethod("title", Locale.class).invoke(chapter, Locale.ENGLISH);
            assertFalse(title.isBlank() || title.startsWith("!"), e.getKey() + ": " + title);
        }
    }

    /**
     * Waits until the five instruments' chapters are there (the plugin's component comes a moment after its bundle
     * starts); Koers's own chapters, such as the session plan's, name no instrument and are left out.
     */
    private static Map<String, Object> chapters() throws Exception {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + CHAPTER + ")(instrument.id=*))"), null);
        tracker.open(true);
        try {
            long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
            while (tracker.size() < FIVE.size() && System.currentTimeMillis() < end) {
                Thread.sleep(50);
            }
            Map<String, Object> byInstrument = new TreeMap<>();
            ServiceReference<Object>[] references = tracker.getServiceReferences();
            for (ServiceReference<Object> reference : references == null ? List.<ServiceReference<Object>>of()
                    : List.of(references)) {
                byInstrument.put(String.valueOf(reference.getProperty("instrument.id")), tracker.getService(reference));
            }
            return byInstrument;
        } finally {
            tracker.close();
        }
    }

    private static Object call(Class<?> type, Object target, String method) throws Exception {
        Method m = type.getMethod(method);
        return m.invoke(target);
    }
}
