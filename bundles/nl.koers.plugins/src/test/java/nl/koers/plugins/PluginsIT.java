package nl.koers.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;

import nl.koers.plugins.PluginProblem.Kind;
import nl.koers.plugins.testplugin.DelayedFailingComponent;
import nl.koers.plugins.testplugin.FailingComponent;
import nl.koers.plugins.testplugin.ThrowingActivator;

/** The plugins of a running Koers: real Felix, real SCR, real signed jars, a real plugin folder. */
class PluginsIT {
    private static final Locale NL = Locale.of("nl");
    private static final String ENERGIE = "nl.voorbeeld.energie";

    @TempDir
    static Path keys;
    static Signing firm;
    static Signing stranger;

    @TempDir
    Path folder;
    RunningKoers koers;
    Plugins plugins;

    @BeforeAll
    static void keys() throws Exception {
        firm = new Signing(Files.createDirectories(keys.resolve("firm")), "CN=Adviesbureau Voorbeeld, O=Voorbeeld, C=NL");
        stranger = new Signing(Files.createDirectories(keys.resolve("stranger")), "CN=Onbekend, O=Onbekend, C=NL");
    }

    @BeforeEach
    void boot() throws Exception {
        koers = new RunningKoers(folder.resolve("data"), folder.resolve("felix-1"));
        plugins = koers.plugins();
    }

    @AfterEach
    void stop() throws Exception {
        if (koers != null) {
            koers.close();
        }
    }

    @Test
    void installUpdateDisableEnableRemoveAndRollBackWithoutRestart() throws Exception {
        plugins.trust(firm.certificate(folder.resolve("firm.pem")));
        Plugin installed = plugins.install(signed(energie("1.0.0"), "v1"), false);
        assertEquals(Plugin.State.ACTIVE, installed.state(), installed.error());
        assertEquals(Signature.Kind.TRUSTED, installed.signature().kind());
        assertTrue(installed.signature().signer().contains("Adviesbureau Voorbeeld"), installed.signature().signer());
        assertEquals(List.of("energie"), installed.instrumentIds());
        assertEquals("Adviesbureau Voorbeeld", installed.vendor());
        long id = koers.bundle(ENERGIE).getBundleId();

        Plugin updated = plugins.update(ENERGIE, signed(energie("1.1.0"), "v2"), false);
        assertEquals("1.1.0", updated.version());
        assertEquals(new Version(1, 1, 0), koers.bundle(ENERGIE).getVersion());
        assertEquals(id, koers.bundle(ENERGIE).getBundleId(), "an update keeps the bundle");
        assertEquals(Bundle.ACTIVE, koers.bundle(ENERGIE).getState());

        plugins.disable(ENERGIE);
        assertEquals(Plugin.State.DISABLED, only().state());
        assertEquals(Bundle.RESOLVED, koers.bundle(ENERGIE).getState());
        plugins.enable(ENERGIE);
        assertEquals(Plugin.State.ACTIVE, only().state());
        assertEquals(Bundle.ACTIVE, koers.bundle(ENERGIE).getState());

        plugins.remove(ENERGIE);
        assertEquals(List.of(), plugins.installed());
        assertNull(koers.bundle(ENERGIE));

        Generation back = plugins.rollback();
        assertEquals(List.of(ENERGIE + " 1.1.0"), back.plugins());
        assertEquals(Plugin.State.ACTIVE, only().state());
        assertEquals(new Version(1, 1, 0), koers.bundle(ENERGIE).getVersion());

        List<Generation> generations = plugins.generations();
        assertEquals(List.of(6, 5, 4, 3, 2, 1), generations.stream().map(Generation::number).toList());
        assertEquals("install " + ENERGIE + " 1.0.0", generations.get(5).change());
        assertEquals(List.of(ENERGIE + " 1.1.0 disabled"), generations.get(3).plugins());
        assertTrue(koers.coreActive(), koers.describe());
    }

    @Test
    void rollingBackTwiceWalksFurtherBackAndThenSaysThereIsNothingLeft() throws Exception {
        plugins.install(energie("1.0.0"), true);
        plugins.update(ENERGIE, energieFile("1.1.0"), true);
        assertEquals(List.of(ENERGIE + " 1.0.0"), plugins.rollback().plugins());
        assertEquals(List.of(), plugins.rollback().plugins());
        assertNull(koers.bundle(ENERGIE));
        PluginException none = assertThrows(PluginException.class, plugins::rollback);
        assertEquals(Kind.NO_EARLIER_GENERATION, none.problems().get(0).kind());
    }

    @Test
    void anUpdateWithTheSameVersionButOtherContentIsCheckedAndApplied() throws Exception {
        plugins.install(energie("1.0.0"), true);
        Path rebuilt = TestPlugin.instrument(ENERGIE, "1.0.0", "energie").entry("energie/nieuw.txt", "herbouwd")
                .write(folder.resolve("rebuilt.jar"));
        assertEquals(List.of(), plugins.inspect(rebuilt).refusals());
        plugins.update(ENERGIE, rebuilt, true);
        assertNotNull(koers.bundle(ENERGIE).getEntry("energie/nieuw.txt"));
        assertEquals(1, java.util.Arrays.stream(koers.context().getBundles())
                .filter(b -> ENERGIE.equals(b.getSymbolicName())).count(), koers.describe());
        PluginException other = assertThrows(PluginException.class,
                () -> plugins.update(ENERGIE, folder.resolve("rebuilt.jar").resolveSibling("uit.jar"), true));
        assertEquals(Kind.NOT_READABLE, other.problems().get(0).kind());
        Path otherPlugin = TestPlugin.instrument("nl.voorbeeld.ander", "1.0.0", "ander").write(folder.resolve("ander.jar"));
        assertEquals(Kind.OTHER_PLUGIN, assertThrows(PluginException.class,
                () -> plugins.update(ENERGIE, otherPlugin, true)).problems().get(0).kind());
    }

    @Test
    void thePluginsComeBackInTheNextRunWithAFreshFramework() throws Exception {
        plugins.install(energie("1.0.0"), true);
        plugins.install(TestPlugin.instrument("nl.voorbeeld.uit", "2.0.0", "uit").write(folder.resolve("uit.jar")), true);
        plugins.disable("nl.voorbeeld.uit");
        koers.close();

        koers = new RunningKoers(folder.resolve("data"), folder.resolve("felix-2"));
        plugins = koers.plugins();
        List<Plugin> back = plugins.installed();
        assertEquals(List.of(ENERGIE, "nl.voorbeeld.uit"), back.stream().map(Plugin::symbolicName).toList());
        assertEquals(List.of(Plugin.State.ACTIVE, Plugin.State.DISABLED), back.stream().map(Plugin::state).toList());
        assertEquals(Bundle.ACTIVE, koers.bundle(ENERGIE).getState());
        assertEquals(Signature.Kind.TRUSTED, back.get(0).signature().kind(), "the consultant's trust is remembered");
    }

    @Test
    void aBundleThatDoesNotResolveIsRefusedSayingPreciselyWhatIsMissing() throws Exception {
        Path file = TestPlugin.instrument(ENERGIE, "1.0.0", "energie")
                .header("Import-Package", "nl.koers.instrument.api;version=\"[1.0,2)\",com.example.ontbreekt;version=\"[1.0,2)\"")
                .write(folder.resolve("ontbreekt.jar"));
        String message = refused(file, Kind.MISSING);
        assertTrue(message.contains("pakket com.example.ontbreekt [1.0.0,2.0.0)"), message);
    }

    @Test
    void aBundleWithoutTheInstrumentCapabilityIsRefused() throws Exception {
        Path file = TestPlugin.instrument(ENERGIE, "1.0.0", "energie").header("Provide-Capability", null)
                .write(folder.resolve("geen-instrument.jar"));
        String message = refused(file, Kind.NO_INSTRUMENT);
        assertTrue(message.contains("koers.instrument"), message);
    }

    @Test
    void anInstrumentApiRangeThisKoersDoesNotOfferIsRefusedNamingTheVersionsThatFit() throws Exception {
        Path file = TestPlugin.instrument(ENERGIE, "1.0.0", "energie")
                .header("Import-Package", "nl.koers.instrument.api;version=\"[2.0,3)\"").write(folder.resolve("api2.jar"));
        String message = refused(file, Kind.API_VERSION);
        // the offered version is the API package's own (1.x), whatever minor version it has reached
        assertTrue(message.matches("(?s).*deze Koers biedt instrument-API 1\\.\\d+\\.\\d+; de plugin vraagt \\[2\\.0\\.0,3\\.0\\.0\\).*"),
                message);
        Inspection inspection = plugins.inspect(file);
        assertEquals(1, inspection.refusals().size(), "the package is not reported missing a second time: " + inspection);
    }

    @Test
    void aJarChangedAfterSigningIsRefusedEvenWhenTheConsultantTrustsIt() throws Exception {
        plugins.trust(firm.certificate(folder.resolve("firm.pem")));
        Path signed = signed(energie("1.0.0"), "ok");
        Path tampered = TestPlugin.tamper(signed, "energie/thema.txt", "andere inhoud", folder.resolve("tampered.jar"));
        String message = refused(tampered, Kind.TAMPERED);
        assertTrue(message.contains("energie/thema.txt"), message);
        assertThrows(PluginException.class, () -> plugins.install(tampered, true));
        assertEquals(List.of(), plugins.installed());
    }

    @Test
    void aSignedJarWithAnEntryRemovedAfterSigningIsRefused() throws Exception {
        Path signed = firm.sign(TestPlugin.instrument(ENERGIE, "1.0.0", "energie").entry("energie/extra.txt", "extra")
                .write(folder.resolve("extra.jar")), folder.resolve("extra-signed.jar"));
        Path removed = folder.resolve("removed.jar");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(signed));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(removed))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().equals("energie/extra.txt")) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        assertTrue(refused(removed, Kind.TAMPERED).contains("energie/extra.txt"));
    }

    @Test
    void anUnknownSignerIsShownAndInstalledOnlyWhenTrustedThenRemembered() throws Exception {
        Path file = stranger.sign(energie("1.0.0"), folder.resolve("stranger.jar"));
        Inspection inspection = plugins.inspect(file);
        assertEquals(List.of(), inspection.refusals());
        assertEquals(Signature.Kind.UNKNOWN_SIGNER, inspection.signature().kind());
        assertTrue(inspection.signature().signer().contains("CN=Onbekend"), inspection.signature().signer());
        int before = koers.bundleCount();

        PluginException notTrusted = assertThrows(PluginException.class, () -> plugins.install(file, false));
        assertEquals(Kind.UNKNOWN_SIGNER, notTrusted.problems().get(0).kind());
        assertTrue(notTrusted.message(NL).contains("Onbekend"), notTrusted.message(NL));
        assertEquals(before, koers.bundleCount());

        assertEquals(Signature.Kind.TRUSTED, plugins.install(file, true).signature().kind());
        Path another = stranger.sign(TestPlugin.instrument("nl.voorbeeld.ander", "1.0.0", "ander")
                .write(folder.resolve("ander.jar")), folder.resolve("ander-signed.jar"));
        assertEquals(Signature.Kind.TRUSTED, plugins.inspect(another).signature().kind(), "the signer is remembered");
        assertEquals(1, plugins.trusted().size());
    }

    @Test
    void anUnsignedPluginIsShownAndInstalledOnlyWhenTrusted() throws Exception {
        Path file = energie("1.0.0");
        assertEquals(Signature.Kind.UNSIGNED, plugins.inspect(file).signature().kind());
        PluginException unsigned = assertThrows(PluginException.class, () -> plugins.install(file, false));
        assertEquals(Kind.UNSIGNED, unsigned.problems().get(0).kind());
        LogEntry refusal = koers.logged("nl.koers.plugins", LogLevel.WARN, "not installed").orElseThrow();
        assertTrue(refusal.getMessage().contains(file.toString()) && refusal.getMessage().contains("is not signed"),
                refusal.getMessage());
        assertEquals(List.of(), plugins.installed());
        assertNull(koers.bundle(ENERGIE));

        plugins.install(file, true);
        assertEquals(Signature.Kind.TRUSTED, plugins.inspect(file).signature().kind(), "this exact jar is remembered");
        assertEquals(Signature.Kind.UNSIGNED, plugins.inspect(energieFile("1.0.1")).signature().kind(),
                "another unsigned jar is not");
    }

    @Test
    void aPluginWhoseBundleThrowsWhileStartingIsFailedAndTheRestKeepsWorking() throws Exception {
        Plugin good = plugins.install(energie("1.0.0"), true);
        Path broken = TestPlugin.instrument("nl.voorbeeld.kapot", "1.0.0", "kapot")
                .header("Bundle-Activator", ThrowingActivator.class.getName())
                .header("Import-Package", "nl.koers.instrument.api;version=\"[1.0,2)\",org.osgi.framework")
                .withClass(ThrowingActivator.class).write(folder.resolve("kapot.jar"));
        Plugin failed = plugins.install(broken, true);
        assertEquals(Plugin.State.FAILED, failed.state());
        assertTrue(failed.error().contains("energie-kaart kan niet starten"), failed.error());
        LogEntry logged = koers.logged("nl.koers.plugins", LogLevel.ERROR, "plugin nl.voorbeeld.kapot did not start")
                .orElseThrow();
        assertTrue(stackTrace(logged).contains("energie-kaart kan niet starten"), stackTrace(logged));
        assertEquals(Plugin.State.ACTIVE, plugins.installed().get(0).state());
        assertEquals(Bundle.ACTIVE, koers.context().getBundle(good.bundleId()).getState());
        assertTrue(koers.coreActive(), koers.describe());
        plugins.remove("nl.voorbeeld.kapot");
        assertEquals(List.of(ENERGIE), plugins.installed().stream().map(Plugin::symbolicName).toList());
    }

    @Test
    void aPluginWhoseComponentThrowsInActivateIsFailedWithTheError() throws Exception {
        plugins.install(energie("1.0.0"), true);
        Path broken = TestPlugin.instrument("nl.voorbeeld.component", "1.0.0", "component")
                .withComponent(FailingComponent.class).write(folder.resolve("component.jar"));
        Plugin installed = plugins.install(broken, true);
        Plugin failed = waitForState("nl.voorbeeld.component", Plugin.State.FAILED);
        assertTrue(failed.error().contains("component weigert te activeren"), failed.error());
        assertEquals(installed.bundleId(), failed.bundleId());
        // Declarative Services logs this one itself, as the plugin's
        LogEntry logged = koers.logged("nl.voorbeeld.component", LogLevel.ERROR, "").orElseThrow();
        assertTrue(stackTrace(logged).contains("component weigert te activeren"), stackTrace(logged));
        assertEquals(Plugin.State.ACTIVE, plugins.installed().get(0).state());
        assertTrue(koers.coreActive(), koers.describe());
    }

    @Test
    void aComponentThatFailsWhenFirstUsedStaysListedFailedWithItsReasonAfterARestartUntilEnabledAgain() throws Exception {
        Path broken = TestPlugin.instrument("nl.voorbeeld.dienst", "1.0.0", "dienst")
                .withDelayedComponent(DelayedFailingComponent.class).write(folder.resolve("dienst.jar"));
        plugins.install(broken, true);
        assertTrue(shellList().contains("nl.voorbeeld.dienst 1.0.0  actief"), "nobody used it yet");
        // the window asks for it, as it asks for an instrument: activating it throws
        var reference = koers.context().getServiceReferences(Runnable.class,
                "(component.name=" + DelayedFailingComponent.class.getName() + ")").iterator().next();
        assertNull(koers.context().getService(reference));
        String listed = shellList();
        assertTrue(listed.matches("(?s).*nl\\.voorbeeld\\.dienst 1\\.0\\.0  mislukt: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d: "
                + ".*dienst weigert te activeren.*"), listed);
        koers.close();

        // the next run: nothing uses the service, yet the failure and its time are still there
        koers = new RunningKoers(folder.resolve("data"), folder.resolve("felix-2"));
        plugins = koers.plugins();
        assertTrue(shellList().contains(listed.lines().filter(l -> l.contains("dienst")).findFirst().orElseThrow()),
                shellList());
        Plugin failed = only();
        assertEquals(Plugin.State.FAILED, failed.state());
        plugins.disable("nl.voorbeeld.dienst");
        plugins.enable("nl.voorbeeld.dienst");
        assertEquals(Plugin.State.ACTIVE, only().state(), "enabled again, it starts afresh");
    }

    @Test
    void whatTheWorkbenchReportedIsStillShownAfterARestart() throws Exception {
        Plugin plugin = plugins.install(energie("1.0.0"), true);
        plugins.markFailed(plugin.bundleId(), "scherm", new OutOfMemoryError("Java heap space"));
        koers.close();
        koers = new RunningKoers(folder.resolve("data"), folder.resolve("felix-2"));
        plugins = koers.plugins();
        assertEquals(Plugin.State.FAILED, only().state());
        assertTrue(only().error().endsWith("scherm: OutOfMemoryError: Java heap space"), only().error());
        plugins.update(ENERGIE, energie("1.0.1"), true);
        assertEquals(Plugin.State.ACTIVE, only().state(), "an update starts afresh");
    }

    @Test
    void theRestoredMarkerComesOnlyWhenThePluginsAreBack() throws Exception {
        plugins.install(energie("1.0.0"), true);
        koers.close();
        koers = new RunningKoers(folder.resolve("data"), folder.resolve("felix-2"));
        var marker = new org.osgi.util.tracker.ServiceTracker<Object, Object>(koers.context(),
                koers.context().createFilter("(koers.plugins=restored)"), null);
        marker.open(true);
        assertNotNull(marker.waitForService(10_000), "the plugin manager says it is done");
        assertEquals(Bundle.ACTIVE, koers.bundle(ENERGIE).getState(), "by then the plugin is started");
        marker.close();
    }

    @Test
    void inSafeModeNoPluginStartsAndADisableIsKeptForTheNextStart() throws Exception {
        plugins.install(energie("1.0.0"), true);
        koers.close();
        koers = new RunningKoers(folder.resolve("data"), folder.resolve("felix-2"), true);
        plugins = koers.plugins();
        assertEquals(ENERGIE, only().symbolicName()); // waits until the plugin manager is done starting
        assertNull(koers.bundle(ENERGIE), "not even installed");
        plugins.disable(ENERGIE);
        assertNull(koers.bundle(ENERGIE), "a change in safe mode starts nothing");
        koers.close();
        koers = new RunningKoers(folder.resolve("data"), folder.resolve("felix-3"));
        plugins = koers.plugins();
        assertEquals(Plugin.State.DISABLED, only().state());
        assertTrue(koers.bundle(ENERGIE).getState() != Bundle.ACTIVE, "installed, not started");
    }

    @Test
    void whatTheWorkbenchReportsMarksThePluginFailedUntilItIsEnabledAgain() throws Exception {
        Plugin plugin = plugins.install(energie("1.0.0"), true);
        int[] told = {0};
        try (AutoCloseable listening = plugins.onChange(() -> told[0]++)) {
            plugins.markFailed(plugin.bundleId(), "scherm", new IllegalStateException("tekenen mislukt"));
            plugins.markFailed(0, "scherm", new IllegalStateException("the framework is no plugin"));
        }
        assertEquals(1, told[0]);
        assertEquals(Plugin.State.FAILED, only().state());
        LogEntry logged = koers.logged("nl.koers.plugins", LogLevel.ERROR, "failed in scherm").orElseThrow();
        assertEquals("tekenen mislukt", logged.getException().getMessage());
        assertTrue(only().error().contains("scherm: IllegalStateException: tekenen mislukt"), only().error());
        plugins.disable(ENERGIE);
        plugins.enable(ENERGIE);
        assertEquals(Plugin.State.ACTIVE, only().state());
    }

    @Test
    void aFeatureInstallsAllItsBundlesAsOneChange() throws Exception {
        Path library = TestPlugin.instrument("nl.voorbeeld.bieb", "1.0.0", "x").header("Provide-Capability", null)
                .header("Import-Package", null).header("Export-Package", "nl.voorbeeld.bieb;version=1.0.0")
                .entry("nl/voorbeeld/bieb/data.txt", "bieb").write(folder.resolve("bieb.jar"));
        Path instrument = TestPlugin.instrument(ENERGIE, "1.0.0", "energie")
                .header("Import-Package", "nl.koers.instrument.api;version=\"[1.1,2)\",nl.voorbeeld.bieb;version=\"[1.0,2)\"")
                .write(folder.resolve("energie-instrument.jar"));
        Map<String, Path> bundles = new LinkedHashMap<>();
        bundles.put("nl.voorbeeld:nl.voorbeeld.bieb:1.0.0", firm.sign(library, folder.resolve("bieb-s.jar")));
        bundles.put("nl.voorbeeld:nl.voorbeeld.energie:1.0.0", firm.sign(instrument, folder.resolve("energie-s.jar")));
        Path feature = TestPlugin.feature(folder.resolve("energie.koersplugin"), "nl.voorbeeld:energie-feature:1.0.0", bundles);

        Inspection inspection = plugins.inspect(feature);
        assertEquals(List.of(), inspection.refusals());
        assertEquals("Energiekaart", inspection.name());
        assertEquals(List.of("energie"), inspection.instrumentIds());
        assertEquals(Signature.Kind.UNKNOWN_SIGNER, inspection.signature().kind());

        Plugin shown = plugins.install(feature, true);
        assertEquals(ENERGIE, shown.symbolicName());
        assertEquals(Plugin.State.ACTIVE, shown.state(), shown.error());
        assertEquals(List.of("nl.voorbeeld.bieb", ENERGIE), plugins.installed().stream().map(Plugin::symbolicName).toList());
        assertEquals(1, plugins.generations().size());
        plugins.rollback();
        assertEquals(List.of(), plugins.installed());
    }

    @Test
    void aFeatureWithOneBundleThatDoesNotResolveInstallsNothing() throws Exception {
        Path instrument = TestPlugin.instrument(ENERGIE, "1.0.0", "energie")
                .header("Import-Package", "nl.koers.instrument.api;version=\"[1.1,2)\",nl.voorbeeld.bieb;version=\"[1.0,2)\"")
                .write(folder.resolve("energie-instrument.jar"));
        Path other = TestPlugin.instrument("nl.voorbeeld.tweede", "1.0.0", "tweede").write(folder.resolve("tweede.jar"));
        Map<String, Path> bundles = new LinkedHashMap<>();
        bundles.put("nl.voorbeeld:nl.voorbeeld.tweede:1.0.0", other);
        bundles.put("nl.voorbeeld:nl.voorbeeld.energie:1.0.0", instrument);
        Path feature = TestPlugin.feature(folder.resolve("half.koersplugin"), "nl.voorbeeld:half:1.0.0", bundles);
        int before = koers.bundleCount();

        PluginException refused = assertThrows(PluginException.class, () -> plugins.install(feature, true));
        assertTrue(refused.message(NL).contains("pakket nl.voorbeeld.bieb [1.0.0,2.0.0)"), refused.message(NL));
        assertEquals(List.of(), plugins.installed());
        assertEquals(before, koers.bundleCount(), koers.describe());
        assertEquals(List.of(), plugins.generations());
    }

    @Test
    void aFeatureThatLacksABundleIsRefused() throws Exception {
        Map<String, Path> bundles = new LinkedHashMap<>();
        bundles.put("nl.voorbeeld:nl.voorbeeld.energie:1.0.0", energie("1.0.0"));
        Path feature = TestPlugin.feature(folder.resolve("kapot.koersplugin"), "nl.voorbeeld:kapot:1.0.0", bundles);
        Files.writeString(folder.resolve("feature.json"), "{\"id\":\"nl.voorbeeld:kapot:1.0.0\",\"bundles\":[{\"id\":\"a:b:1\"}]}");
        try (var fs = java.nio.file.FileSystems.newFileSystem(feature)) {
            Files.copy(folder.resolve("feature.json"), fs.getPath("feature.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Inspection inspection = plugins.inspect(feature);
        assertEquals(Kind.BAD_FEATURE, inspection.refusals().get(0).kind());
        assertTrue(inspection.refusals().get(0).message(Locale.ENGLISH).contains("bundles/b-1.jar"),
                inspection.refusals().get(0).message(Locale.ENGLISH));
    }

    @Test
    void aCatalogueFolderListsItsInstrumentsAndInstallsThem() throws Exception {
        Path catalogue = Files.createDirectories(folder.resolve("catalogus"));
        Path jar = firm.sign(energie("1.2.0"), catalogue.resolve("energie-1.2.0.jar"));
        Files.writeString(catalogue.resolve("index.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <repository xmlns="http://www.osgi.org/xmlns/repository/v1.0.0" name="Voorbeeld" increment="1">
                  <resource>
                    <capability namespace="osgi.identity">
                      <attribute name="osgi.identity" value="%s"/>
                      <attribute name="type" value="osgi.bundle"/>
                      <attribute name="version" type="Version" value="1.2.0"/>
                    </capability>
                    <capability namespace="osgi.content">
                      <attribute name="osgi.content" value="%s"/>
                      <attribute name="url" value="energie-1.2.0.jar"/>
                    </capability>
                    <capability namespace="koers.instrument">
                      <attribute name="koers.instrument" value="energie"/>
                    </capability>
                  </resource>
                  <resource>
                    <capability namespace="osgi.identity">
                      <attribute name="osgi.identity" value="nl.voorbeeld.bieb"/>
                      <attribute name="type" value="osgi.bundle"/>
                    </capability>
                  </resource>
                </repository>
                """.formatted(ENERGIE, sha256(jar)));
        List<CatalogueEntry> entries = plugins.catalogue(catalogue.toUri());
        assertEquals(1, entries.size());
        CatalogueEntry entry = entries.get(0);
        assertEquals(List.of("energie"), entry.instrumentIds());
        assertEquals(jar.toUri(), entry.content());
        plugins.trust(firm.certificate(folder.resolve("firm.pem")));
        assertEquals("1.2.0", plugins.install(entry, false).version());

        CatalogueEntry wrongSum = new CatalogueEntry(ENERGIE, ENERGIE, "1.2.0", jar.toUri(), "00", List.of());
        assertEquals(Kind.CHECKSUM, assertThrows(PluginException.class, () -> plugins.install(wrongSum, false))
                .problems().get(0).kind());
        assertEquals(Kind.BAD_CATALOGUE, assertThrows(PluginException.class,
                () -> plugins.catalogue(folder.resolve("nergens").toUri())).problems().get(0).kind());
    }

    @Test
    void aBundleOfKoersItselfCannotBeInstalledOrRemovedAsAPlugin() throws Exception {
        Path file = TestPlugin.instrument("nl.koers.domain", "9.0.0", "domein").write(folder.resolve("domain.jar"));
        refused(file, Kind.CORE_BUNDLE);
        assertEquals(Kind.CORE_BUNDLE, assertThrows(PluginException.class, () -> plugins.remove("nl.koers.domain"))
                .problems().get(0).kind());
        assertEquals(Kind.NOT_INSTALLED, assertThrows(PluginException.class, () -> plugins.disable("nl.nergens"))
                .problems().get(0).kind());
    }

    @Test
    void theShellCommandListsThePlugins() throws Exception {
        plugins.install(energie("1.0.0"), true);
        var references = koers.context().getAllServiceReferences(null, "(osgi.command.function=plugins)");
        assertNotNull(references);
        Object command = koers.context().getService(references[0]);
        String listed = shellList();
        assertTrue(listed.contains(ENERGIE + " 1.0.0  actief  Adviesbureau Voorbeeld  vertrouwd"), listed);

        Path unsigned = TestPlugin.instrument("nl.voorbeeld.ander", "1.0.0", "ander").write(folder.resolve("ander.jar"));
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream errBefore = System.err;
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            command.getClass().getMethod("plugins", String.class, String.class).invoke(command, "install", unsigned.toString());
            command.getClass().getMethod("plugins", String.class).invoke(command, "onzin");
        } finally {
            System.setErr(errBefore);
        }
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(said.contains("nl.voorbeeld.ander 1.0.0 is niet ondertekend") && said.contains("--trust"), said);
        assertTrue(said.contains("Gebruik: koers plugins list"), said);
        assertEquals(1, plugins.installed().size());
    }

    @Test
    void aVendorFromAJarsManifestCannotSteerTheTerminal() throws Exception {
        Path jar = TestPlugin.instrument(ENERGIE, "1.0.0", "energie")
                .header("Bundle-Vendor", "Voorbeeld\u001B[2J\u001B]0;pwned\u0007\u202Eteb\u008D").write(folder.resolve("e.jar"));
        plugins.install(jar, true);
        String listed = shellList();
        assertTrue(listed.contains("  Voorbeeld\\u001B[2J\\u001B]0;pwned\\u0007\\u202Eteb\\u008D  "), listed);
        assertTrue(listed.chars().noneMatch(c -> c == 0x1B || c == 0x07 || c == 0x202E || c == 0x8D), listed);
    }

    /** What {@code koers:plugins list} prints in the OSGi shell. */
    private String shellList() throws Exception {
        Object command = koers.context().getService(
                koers.context().getAllServiceReferences(null, "(osgi.command.function=plugins)")[0]);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            command.getClass().getMethod("plugins", String.class).invoke(command, "list");
        } finally {
            System.setOut(before);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Inspects, then installs with trust: both refuse with {@code kind}, and nothing stays installed. */
    private String refused(Path file, Kind kind) throws Exception {
        int before = koers.bundleCount();
        Inspection inspection = plugins.inspect(file);
        assertTrue(inspection.refusals().stream().anyMatch(p -> p.kind() == kind), inspection.toString());
        PluginException refused = assertThrows(PluginException.class, () -> plugins.install(file, true));
        assertTrue(refused.problems().stream().anyMatch(p -> p.kind() == kind), refused.toString());
        assertEquals(before, koers.bundleCount(), "nothing remains installed: " + koers.describe());
        assertEquals(List.of(), plugins.installed());
        assertTrue(koers.coreActive(), koers.describe());
        return refused.message(NL);
    }

    private Plugin only() {
        List<Plugin> installed = plugins.installed();
        assertEquals(1, installed.size(), installed.toString());
        return installed.get(0);
    }

    private Plugin waitForState(String symbolicName, Plugin.State state) throws InterruptedException {
        Plugin plugin = null;
        for (int i = 0; i < 100; i++) {
            plugin = plugins.installed().stream().filter(p -> p.symbolicName().equals(symbolicName)).findFirst().orElseThrow();
            if (plugin.state() == state) {
                return plugin;
            }
            Thread.sleep(50);
        }
        return plugin;
    }

    private Path energie(String version) throws Exception {
        return energieFile(version);
    }

    private Path energieFile(String version) throws Exception {
        return TestPlugin.instrument(ENERGIE, version, "energie").write(folder.resolve("energie-" + version + ".jar"));
    }

    private Path signed(Path jar, String name) throws Exception {
        return firm.sign(jar, folder.resolve("signed-" + name + ".jar"));
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String stackTrace(LogEntry entry) {
        StringWriter trace = new StringWriter();
        if (entry.getException() != null) {
            entry.getException().printStackTrace(new PrintWriter(trace, true));
        }
        return trace.toString();
    }
}
