package nl.koers.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import nl.koers.plugins.PluginProblem.Kind;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.print.Printable;
import nl.koers.plugins.testplugin.TakenCommand;
import nl.koers.plugins.testplugin.TakenPrintable;
import nl.koers.plugins.testplugin.Usurper;

/** A trusted plugin is a guest: it reaches only the API, cannot replace a core service, and owns only its own ids. */
class GuestBoundaryIT {
    private static final Locale NL = Locale.of("nl");
    private static final String USURPER = "nl.voorbeeld.overname";

    @TempDir
    Path folder;
    RunningKoers koers;
    Plugins plugins;

    @BeforeEach
    void boot() throws Exception {
        koers = new RunningKoers(folder.resolve("data"), folder.resolve("felix"));
        plugins = koers.plugins();
    }

    @AfterEach
    void stop() throws Exception {
        koers.close();
    }

    @Test
    void aPluginThatRegistersCoreServicesAndCommandsTakesNothingOver() throws Exception {
        Path jar = TestPlugin.instrument(USURPER, "1.0.0", "overname")
                .header("Import-Package", "nl.koers.instrument.api;version=\"[1.0,2)\","
                        + "nl.koers.instrument.api.command;version=\"[1.0,2)\",org.osgi.framework")
                .header("Bundle-Activator", Usurper.class.getName()).withClass(Usurper.class)
                .write(folder.resolve("overname.jar"));
        Plugin installed = plugins.install(jar, true);
        assertEquals(Plugin.State.ACTIVE, installed.state(), installed.error());
        Bundle guest = koers.bundle(USURPER);
        assertEquals(4, guest.getRegisteredServices().length, "the plugin did register its fakes");

        // what the core binds: its own store and renderer, however high the plugin ranks its fakes
        assertEquals("nl.koers.store", registrant(koers.bundle("nl.koers.document"), "nl.koers.store.DossierStore"));
        assertEquals("nl.koers.render", registrant(koers.bundle("nl.koers.cli"), "nl.koers.render.Renderer"));

        // what the guest finds: not the plugin manager, not the store, not Koers's commands
        BundleContext asGuest = guest.getBundleContext();
        assertNull(asGuest.getServiceReference("nl.koers.plugins.Plugins"));
        for (String type : List.of("nl.koers.store.DossierStore", "nl.koers.instrument.api.command.Command")) {
            ServiceReference<?>[] found = asGuest.getServiceReferences(type, null);
            assertTrue(Arrays.stream(found).allMatch(r -> r.getBundle().equals(guest)), "only its own: " + Arrays.toString(found));
        }
        assertNull(asGuest.getServiceReferences((String) null, "(osgi.command.function=plugins)"));

        // the command line runs Koers's own validate and plugins, and says the plugin's were refused
        Path broken = Files.writeString(folder.resolve("kapot.koers"), "{");
        String validated = cli("validate", broken.toString());
        assertFalse(validated.contains("overgenomen"), validated);
        assertTrue(validated.contains("kapot.koers") && validated.contains("regel 1"), validated);
        String listed = cli("plugins", "list");
        assertTrue(listed.contains(USURPER + " 1.0.0  actief"), listed);
        String help = cli("--help");
        assertTrue(help.contains("validate  (geweigerd: " + USURPER + " biedt deze opdracht ook aan, maar hij is van nl.koers.cli)"),
                help);
        assertTrue(help.contains("plugins   (geweigerd: " + USURPER + " biedt deze opdracht ook aan, maar hij is van nl.koers.plugins)"),
                help);
        assertTrue(koers.coreActive(), koers.describe());
    }

    @Test
    void aPluginThatImportsWhatIsNotApiIsRefusedNamingThePackage() throws Exception {
        for (String reached : List.of("nl.koers.store", "nl.koers.plugins.internal", "nl.koers.render", "nl.koers.*")) {
            String header = "nl.koers.instrument.api;version=\"[1.0,2)\"" + (reached.endsWith("*") ? "" : "," + reached);
            TestPlugin plugin = TestPlugin.instrument("nl.voorbeeld.inbreker", "1.0.0", "inbreker").header("Import-Package", header);
            if (reached.endsWith("*")) {
                plugin.header("DynamicImport-Package", reached);
            }
            Path jar = plugin.write(folder.resolve("inbreker-" + reached.length() + ".jar"));
            String message = refused(jar, Kind.NOT_API);
            assertTrue(message.contains("gebruikt pakket " + reached + " van Koers, dat geen gepubliceerde API is"), message);
        }
        Path hooks = TestPlugin.instrument("nl.voorbeeld.haak", "1.0.0", "haak").header("Import-Package",
                "nl.koers.instrument.api;version=\"[1.0,2)\",org.osgi.framework.hooks.service").write(folder.resolve("haak.jar"));
        assertTrue(refused(hooks, Kind.FRAMEWORK_LEVER).contains("org.osgi.framework.hooks.service"));
        Path fragment = TestPlugin.instrument("nl.voorbeeld.fragment", "1.0.0", "fragment")
                .header("Fragment-Host", "nl.koers.store").write(folder.resolve("fragment.jar"));
        assertTrue(refused(fragment, Kind.NOT_API_BUNDLE).contains("bundel nl.koers.store"));
        Path api = TestPlugin.instrument("nl.voorbeeld.netjes", "1.0.0", "netjes").header("Import-Package",
                "nl.koers.instrument.api;version=\"[1.0,2)\",nl.koers.domain,nl.koers.document,nl.koers.instrument.api.swt.kit")
                .write(folder.resolve("netjes.jar"));
        assertEquals(List.of(), plugins.inspect(api).refusals(), "the published API is allowed");
    }

    @Test
    void anInstrumentIdThatIsTakenIsRefusedNamingItsOwner() throws Exception {
        Path standard = TestPlugin.instrument("nl.voorbeeld.namaak", "1.0.0", "netwerkambitie").write(folder.resolve("namaak.jar"));
        String message = refused(standard, Kind.ID_TAKEN);
        assertTrue(message.contains("instrument netwerkambitie leveren, maar dat is al van nl.koers.instrument.netwerkambitie"),
                message);

        plugins.install(TestPlugin.instrument("nl.voorbeeld.energie", "1.0.0", "energie").write(folder.resolve("e.jar")), true);
        Path second = TestPlugin.instrument("nl.voorbeeld.ander", "1.0.0", "energie").write(folder.resolve("ander.jar"));
        PluginProblem taken = plugins.inspect(second).refusals().get(0);
        assertEquals(Kind.ID_TAKEN, taken.kind());
        assertTrue(taken.message(Locale.ENGLISH).contains("already belongs to nl.voorbeeld.energie"), taken.message(Locale.ENGLISH));
        assertEquals(List.of(), plugins.inspect(TestPlugin.instrument("nl.voorbeeld.energie", "1.1.0", "energie")
                .write(folder.resolve("e2.jar"))).refusals(), "an update keeps its own id");
    }

    @Test
    void aCommandNameThatIsTakenIsRefusedAtInstallNamingItsOwner() throws Exception {
        Path jar = TestPlugin.instrument("nl.voorbeeld.controle", "1.0.0", "controle")
                .header("Import-Package", "nl.koers.instrument.api;version=\"[1.0,2)\",nl.koers.instrument.api.command")
                .withDelayedService(TakenCommand.class, Command.class).write(folder.resolve("controle.jar"));
        String message = refused(jar, Kind.ID_TAKEN);
        assertTrue(message.contains("opdracht validate leveren, maar dat is al van nl.koers.cli"), message);
        assertTrue(koers.coreActive(), koers.describe());
    }

    @Test
    void aPrintableIdThatIsTakenIsRefusedAtInstallAndAnUpdateKeepsItsOwn() throws Exception {
        String imports = "nl.koers.instrument.api;version=\"[1.0,2)\",nl.koers.instrument.api.print,"
                + "nl.koers.instrument.api.figure,nl.koers.domain";
        Path jar = TestPlugin.instrument("nl.voorbeeld.kaarten", "1.0.0", "kaarten").header("Import-Package", imports)
                .withDelayedService(TakenPrintable.class, Printable.class).write(folder.resolve("kaarten.jar"));
        String message = refused(jar, Kind.ID_TAKEN);
        assertTrue(message.contains("afdruk netwerkambitie.cards leveren, maar dat is al van nl.koers.instrument.netwerkambitie"),
                message);

        // without the standard instrument the plugin owns the id, and its update keeps it
        koers.bundle("nl.koers.instrument.netwerkambitie").uninstall();
        assertEquals(Plugin.State.ACTIVE, plugins.install(jar, true).state());
        Path update = TestPlugin.instrument("nl.voorbeeld.kaarten", "1.1.0", "kaarten").header("Import-Package", imports)
                .withDelayedService(TakenPrintable.class, Printable.class).write(folder.resolve("kaarten-1.1.jar"));
        assertEquals(List.of(), plugins.inspect(update).refusals(), "an update keeps its own printable");
        Path other = TestPlugin.instrument("nl.voorbeeld.ander", "1.0.0", "ander").header("Import-Package", imports)
                .withDelayedService(TakenPrintable.class, Printable.class).write(folder.resolve("ander.jar"));
        assertTrue(refused(other, Kind.ID_TAKEN).contains("maar dat is al van nl.voorbeeld.kaarten"));
    }

    /** The symbolic name of the bundle whose registration {@code asking} gets for {@code type}. */
    private static String registrant(Bundle asking, String type) {
        ServiceReference<?> reference = asking.getBundleContext().getServiceReference(type);
        assertNotNull(reference, type);
        return reference.getBundle().getSymbolicName();
    }

    /** Runs the command line face in the framework (as {@code bin/koers ARGS}) and returns what it printed. */
    private String cli(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream outBefore = System.out;
        PrintStream errBefore = System.err;
        PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            BundleContext context = koers.context();
            ServiceReference<?> face = context.getServiceReferences(Function.class.getName(), "(koers.face=cli)")[0];
            @SuppressWarnings("unchecked")
            Function<String[], Integer> run = (Function<String[], Integer>) context.getService(face);
            try {
                run.apply(args);
            } finally {
                context.ungetService(face); // the face reads System.out when it activates: a fresh one each run
            }
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(outBefore);
            System.setErr(errBefore);
        }
    }

    private String refused(Path file, Kind kind) throws Exception {
        int before = koers.bundleCount();
        Inspection inspection = plugins.inspect(file);
        assertTrue(inspection.refusals().stream().anyMatch(p -> p.kind() == kind), inspection.toString());
        PluginException refused = org.junit.jupiter.api.Assertions.assertThrows(PluginException.class,
                () -> plugins.install(file, true));
        assertEquals(before, koers.bundleCount(), "nothing remains installed: " + koers.describe());
        return refused.problems().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow().message(NL);
    }
}
