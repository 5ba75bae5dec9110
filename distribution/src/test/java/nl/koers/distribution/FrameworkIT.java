package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import nl.koers.launcher.KoersFramework;

/**
 * The real distribution in a real Felix, booted by the launcher's own code. The test sees the framework's types
 * only: it finds instruments by their service properties, never through the instrument API's classes.
 */
class FrameworkIT {
    private static final String INSTRUMENT = "nl.koers.instrument.api.Instrument";
    private static final Set<String> STANDARD_INSTRUMENTS =
            Set.of("netwerkambitie", "brengenhalen", "belangendialoog", "partnermodel");
    private static final long SERVICE_TIMEOUT_MILLIS = 10_000;

    private static final List<String> problems = new ArrayList<>();
    private static KoersFramework koers;
    private static BundleContext context;

    @BeforeAll
    static void boot() throws Exception {
        koers = KoersFramework.start(Installation.home(), Map.of(KoersFramework.LANGUAGE, "nl"),
                (bundle, reason) -> problems.add(bundle + ": " + reason));
        context = koers.bundleContext();
    }

    @AfterAll
    static void stop() {
        if (koers != null) {
            koers.close();
        }
    }

    @Test
    void everyBundleIsActiveAndEveryFragmentResolved() {
        assertEquals(List.of(), problems, "bundles that failed to install or start");
        List<String> wrong = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                wrong.add(bundle.getSymbolicName() + " is in state " + bundle.getState() + ", not " + expected);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(context.getBundles().length > 18, "the system bundle and the features' bundles");
    }

    @Test
    void theDocxReportWriterIsAServiceWithPoiInside() throws Exception {
        ServiceTracker<Object, Object> writer = new ServiceTracker<>(context, context.createFilter(
                "(&(objectClass=nl.koers.instrument.api.report.ReportWriter)(report.format=docx))"), null);
        writer.open(true);
        try {
            assertNotNull(writer.waitForService(SERVICE_TIMEOUT_MILLIS), "no DOCX report writer");
        } finally {
            writer.close();
        }
    }

    @Test
    void theFourStandardInstrumentsAreServices() throws InvalidSyntaxException {
        assertEquals(STANDARD_INSTRUMENTS, instrumentIds());
    }

    @Test
    void bothFacesAreServicesForTheMainThread() throws InvalidSyntaxException {
        for (String face : List.of("gui", "cli")) {
            ServiceReference<?>[] references = context.getAllServiceReferences(
                    "java.util.function.Function", "(&(main.thread=true)(koers.face=" + face + "))");
            assertNotNull(references, "face " + face);
            assertEquals(1, references.length, "face " + face);
        }
    }

    @Test
    void anInstrumentComesAndGoesWithItsBundleWithoutARestart() throws Exception {
        Bundle netwerkambitie = Arrays.stream(context.getBundles())
                .filter(bundle -> "nl.koers.instrument.netwerkambitie".equals(bundle.getSymbolicName()))
                .findFirst().orElseThrow();
        Object otherServiceId = serviceId("brengenhalen");
        try {
            netwerkambitie.stop();
            assertNull(context.getAllServiceReferences(INSTRUMENT, "(instrument.id=netwerkambitie)"));
            assertEquals(Set.of("brengenhalen", "belangendialoog", "partnermodel"), instrumentIds());
        } finally {
            netwerkambitie.start();
        }
        assertNotNull(awaitInstrument("netwerkambitie"), "netwerkambitie is back after starting its bundle");
        assertEquals(STANDARD_INSTRUMENTS, instrumentIds());
        assertEquals(Bundle.ACTIVE, context.getBundle(0).getState());
        assertEquals(otherServiceId, serviceId("brengenhalen"), "the other instruments were left alone");
    }

    private static Set<String> instrumentIds() throws InvalidSyntaxException {
        Set<String> ids = new TreeSet<>();
        ServiceReference<?>[] references = context.getAllServiceReferences(INSTRUMENT, null);
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            ids.add(String.valueOf(reference.getProperty("instrument.id")));
        }
        return ids;
    }

    private static Object serviceId(String instrumentId) throws InvalidSyntaxException {
        return context.getAllServiceReferences(INSTRUMENT, "(instrument.id=" + instrumentId + ")")[0]
                .getProperty(Constants.SERVICE_ID);
    }

    private static Object awaitInstrument(String id) throws Exception {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + INSTRUMENT + ")(instrument.id=" + id + "))"), null);
        tracker.open(true);
        try {
            return tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
        } finally {
            tracker.close();
        }
    }
}
