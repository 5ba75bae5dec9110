package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.util.tracker.ServiceTracker;

import nl.koers.launcher.KoersFramework;

/**
 * The window opens before the rest of Koers starts (as the launcher starts it for the window): when it says
 * "koers: window shown", the sample's partners are on screen and editable; when it says "koers: start complete",
 * every bundle runs. The window is the real one, in a real Felix; the test looks at its widgets through the SWT
 * bundle's own classes, at the moment the line is printed. Started by {@code bin/koers}, the launcher makes the display
 * from SWT on the class path while the framework boots, and the system bundle exports SWT.
 */
class WindowAtStartIT {
    private static final String SHOWN = "koers: window shown";
    private static final String COMPLETE = "koers: start complete";
    private static final List<String> PARTNERS = List.of("Gemeente Waalstede", "ROC Lingedal",
            "Ondernemersvereniging Waal & Linge", "Jeugdzorg De Overstap", "Woonstichting Rivierzicht");

    @Test
    @SuppressWarnings("unchecked")
    void whenTheWindowIsShownTheSamplesPartnersAreVisibleAndEditableAndThenEverythingRuns() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the build under xvfb-run (./test does)");
        List<String> problems = new ArrayList<>();
        Map<String, Object> seen = new HashMap<>();
        PrintStream out = System.out;
        try (KoersFramework koers = KoersFramework.start(Installation.home(), Map.of(KoersFramework.LANGUAGE, "nl",
                KoersFramework.START_IN_BACKGROUND, "true"), (bundle, reason) -> problems.add(bundle + ": " + reason))) {
            BundleContext context = koers.bundleContext();
            ServiceTracker<Object, Object> faces = new ServiceTracker<>(context,
                    context.createFilter("(&(objectClass=java.util.function.Function)(koers.face=gui))"), null);
            faces.open(true);
            Object face = faces.waitForService(30_000);
            assertNotNull(face, "the window face");
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), true) {
                @Override
                public void println(String line) {
                    if (SHOWN.equals(line)) {
                        // the window's own thread, at the moment the line is printed
                        lookAtTheWindow(context, seen);
                    } else if (COMPLETE.equals(line)) {
                        seen.put("not running", notRunning(context));
                    }
                }
            });
            System.setProperty("koers.benchmark", "true");
            Integer code = ((Function<String[], Integer>) face).apply(new String[] { "--sample" });
            faces.close();
            assertEquals(0, code);
        } finally {
            System.setOut(out);
            System.clearProperty("koers.benchmark");
        }
        assertEquals(List.of(), problems, "bundles that failed");
        assertTrue(seen.containsKey("shown"), "the window said it was shown: " + seen);
        assertEquals(null, seen.get("failure"), "looking at the window");
        assertEquals(List.of(), seen.get("not running"), "bundles that did not run when the start was complete");
        assertEquals(PARTNERS, seen.get("partners.table"), "the partners on screen");
        assertEquals(List.of("Gemeente Waalstede", true, true, true), seen.get("partner.name"),
                "the first partner's name: text, visible, enabled, editable");
    }

    @Test
    void binKoersOpensTheDisplayFromSwtOnTheClassPathWhileTheFrameworkBoots(@TempDir Path scratch) throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the build under xvfb-run (./test does)");
        KoersScript.Run run = new KoersScript(Installation.home(), scratch).run(environment -> {
            environment.put("KOERS_AOT", "off"); // the AOT cache is AotCacheIT's
            environment.put("KOERS_JAVA_OPTS", "-Dkoers.benchmark=true -Dkoers.startup.trace=true");
        }, Duration.ofSeconds(60), "--sample");

        assertEquals(0, run.exitCode(), run.describe());
        assertEquals(List.of(SHOWN, COMPLETE), run.out().lines().filter(line -> line.startsWith("koers: ")).toList(),
                run.describe());
        // each step without the thread's times that Linux adds ("[main cpu 169 waited 23]")
        List<String> steps = run.err().lines().filter(line -> line.startsWith("koers.startup "))
                .map(line -> line.replaceFirst(" \\[[^\\]]*\\]$", "")).toList();
        assertTrue(steps.stream().anyMatch(step -> step.endsWith(" launcher: display open (SWT on the class path)")),
                "the launcher made the display itself\n" + run.describe());
        assertTrue(steps.stream().noneMatch(step -> step.contains(" started org.eclipse.swt")),
                "SWT comes from the system bundle, not from bundles of its own\n" + run.describe());
        // GTK may say it misses an accessibility bus; the launcher says nothing: no bundle was left out
        assertEquals(List.of(), run.err().lines().filter(line -> line.startsWith("koers: ")).toList(), run.describe());
    }

    /** A secure random generator costs a first start about 9 ms of processor time: none is made before the first paint. */
    @Test
    void noSecureRandomGeneratorIsMadeBeforeTheWindowIsPainted(@TempDir Path scratch) throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the build under xvfb-run (./test does)");
        Path initialised = scratch.resolve("init.log");
        KoersScript.Run run = new KoersScript(Installation.home(), scratch).run(environment -> {
            environment.put("KOERS_AOT", "off");
            environment.put("KOERS_JAVA_OPTS", "-Dkoers.benchmark=true -Dkoers.startup.trace=true -Xlog:class+init=info:file="
                    + initialised + ":uptimemillis");
        }, Duration.ofSeconds(60), "--sample");
        assertEquals(0, run.exitCode(), run.describe());
        // both in milliseconds since the JVM began
        long painted = run.err().lines().filter(line -> line.endsWith(" shell: dossier painted")).findFirst()
                .map(line -> Long.parseLong(line.split(" ")[1])).orElseThrow(() -> new AssertionError(run.describe()));
        List<String> early = java.nio.file.Files.readAllLines(initialised).stream()
                .filter(line -> line.contains("Initializing 'java/security/SecureRandom'"))
                .filter(line -> Long.parseLong(line.substring(1, line.indexOf("ms]"))) < painted).toList();
        assertEquals(List.of(), early, "painted at " + painted + " ms");
    }

    private static void lookAtTheWindow(BundleContext context, Map<String, Object> seen) {
        seen.put("shown", true);
        try {
            Bundle swt = List.of(context.getBundles()).stream()
                    .filter(b -> "org.eclipse.swt".equals(b.getSymbolicName())).findFirst().orElseThrow();
            Object display = swt.loadClass("org.eclipse.swt.widgets.Display").getMethod("getCurrent").invoke(null);
            for (Object shell : (Object[]) call(display, "getShells")) {
                visit(shell, seen);
            }
        } catch (ReflectiveOperationException e) {
            seen.put("failure", e);
        }
    }

    private static List<String> notRunning(BundleContext context) {
        List<String> notRunning = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && bundle.getState() != Bundle.ACTIVE) {
                notRunning.add(bundle.getSymbolicName());
            }
        }
        return notRunning;
    }

    private static void visit(Object control, Map<String, Object> seen) throws ReflectiveOperationException {
        Object id = control.getClass().getMethod("getData", String.class).invoke(control, "koers.id");
        if ("partners.table".equals(id) && (Boolean) call(control, "isVisible")) {
            List<String> names = new ArrayList<>();
            for (Object item : (Object[]) call(control, "getItems")) {
                names.add((String) call(item, "getText"));
            }
            seen.put("partners.table", names);
        } else if ("partner.name".equals(id)) {
            seen.put("partner.name", List.of(call(control, "getText"), call(control, "isVisible"),
                    call(control, "isEnabled"), call(control, "getEditable")));
        }
        if (hasMethod(control, "getChildren")) {
            for (Object child : (Object[]) call(control, "getChildren")) {
                visit(child, seen);
            }
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method m = target.getClass().getMethod(method);
        return m.invoke(target);
    }

    private static boolean hasMethod(Object target, String method) {
        try {
            target.getClass().getMethod(method);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
