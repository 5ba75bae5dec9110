package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.distribution.exitplugin.ExitingInstrument;

/**
 * A plugin cannot brick Koers: one whose component calls {@code System.exit(0)} while the window starts ends that
 * start silently; the next start says which plugin it was and how to switch it off, and reaches the window without
 * plugins; {@code --safe-mode} does so by hand, and a plugin switched off in safe mode stays off.
 */
class SafeModeIT {
    /** A start that reached its end: the window was shown and every bundle and plugin runs. */
    private static final String COMPLETE = "koers: start complete";
    private static final String PLUGIN = "nl.voorbeeld.stopper";

    @TempDir
    Path scratch;

    private KoersScript.Run koers(String... arguments) throws Exception {
        return new KoersScript(Installation.home(), scratch).run(environment -> {
            environment.put("XDG_DATA_HOME", scratch.resolve("data").toString());
            environment.put("XDG_CACHE_HOME", scratch.resolve("cache").toString());
            // the window closes itself once the sample is on screen, and says so
            environment.put("KOERS_JAVA_OPTS", "-Dkoers.benchmark=true");
        }, Duration.ofSeconds(90), arguments);
    }

    @Test
    void aPluginThatCallsSystemExitIsNamedAtTheNextStartWhichReachesTheWindowWithoutPlugins() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run the build under xvfb-run (./test does)");
        KoersScript.Run install = koers("plugins", "install", exitingPlugin().toString(), "--trust");
        assertEquals(0, install.exitCode(), install.describe());

        KoersScript.Run bricked = koers("--sample");
        assertFalse(bricked.out().contains(COMPLETE), "the plugin ended the start: " + bricked.describe());

        KoersScript.Run next = koers("--lang", "en", "--sample");
        assertEquals(0, next.exitCode(), next.describe());
        assertTrue(next.out().lines().anyMatch(COMPLETE::equals), next.describe());
        assertTrue(next.err().contains("plugin " + PLUGIN + " stopped Koers"), next.describe());
        assertTrue(next.err().contains("koers --safe-mode plugins disable " + PLUGIN), next.describe());

        KoersScript.Run again = koers("--sample");
        assertFalse(again.out().contains(COMPLETE), "the start after the offer tries with the plugins: " + again.describe());
        KoersScript.Run byHand = koers("--safe-mode", "--sample");
        assertTrue(byHand.out().lines().anyMatch(COMPLETE::equals), byHand.describe());

        KoersScript.Run disable = koers("--safe-mode", "plugins", "disable", PLUGIN);
        assertEquals(0, disable.exitCode(), disable.describe());
        KoersScript.Run fixed = koers("--sample");
        assertTrue(fixed.out().lines().anyMatch(COMPLETE::equals), fixed.describe());
        assertFalse(fixed.err().contains("safe-mode"), "no offer: the start before was fine: " + fixed.describe());
    }

    /** The plugin as a firm's build would make it: a manifest, the class, and its component's description. */
    private Path exitingPlugin() throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", PLUGIN);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "nl.koers.instrument.api;version=\"[1.0,2)\"");
        main.putValue("Provide-Capability", "koers.instrument;koers.instrument=stopper");
        main.putValue("Service-Component", "OSGI-INF/stopper.xml");
        String type = ExitingInstrument.class.getName();
        String component = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + type
                + "\" activate=\"activate\">\n  <implementation class=\"" + type + "\"/>\n"
                + "  <service><provide interface=\"nl.koers.instrument.api.Instrument\"/></service>\n</scr:component>\n";
        Path jar = scratch.resolve("stopper.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                InputStream code = ExitingInstrument.class.getResourceAsStream("ExitingInstrument.class")) {
            out.putNextEntry(new ZipEntry(type.replace('.', '/') + ".class"));
            code.transferTo(out);
            out.putNextEntry(new ZipEntry("OSGI-INF/stopper.xml"));
            out.write(component.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return jar;
    }
}
