package nl.koers.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.osgi.framework.Constants;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.Instrument;
import nl.koers.plugins.Plugins;
import nl.koers.testing.felix.TestFramework;

/**
 * The real plugin manager in a real Felix, for the plugin dialog's tests. The framework exports the plugin API
 * from the test's own class path, so the manager's service is a {@link Plugins} the test can call; every other
 * bundle (SCR, the domain, the instrument API, the manager) is the real jar or build output.
 */
final class PluginManagerInFelix implements AutoCloseable {
    private final TestFramework framework;
    private final Plugins plugins;

    PluginManagerInFelix(Path storage, Path data) throws Exception {
        framework = TestFramework.in(storage)
                // the plugin API and SWT come from the test's class path: one SWT per JVM, services the test can call
                .systemPackagesExtra("nl.koers.plugins;version=1.0.0", "org.eclipse.swt", "org.eclipse.swt.custom",
                        "org.eclipse.swt.events", "org.eclipse.swt.graphics", "org.eclipse.swt.layout",
                        "org.eclipse.swt.widgets", "org.eclipse.swt.dnd", "org.eclipse.swt.printing")
                .property("koers.data", data.toString())
                .property("felix.log.level", "1")
                // the plugin manager logs through the OSGi Log Service
                .installFromClassPath("org.apache.felix.log-")
                .install(org.osgi.util.function.Function.class, org.osgi.util.promise.Promise.class,
                        org.osgi.service.component.ComponentContext.class, org.apache.felix.scr.info.ScrInfo.class,
                        com.fasterxml.jackson.annotation.JsonProperty.class,
                        com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                        Texts.class, Instrument.class, Plugins.class)
                .start();
        plugins = framework.service(Plugins.class, Duration.ofSeconds(10));
    }

    Plugins plugins() {
        return plugins;
    }

    /** The states of every bundle, for a message when something did not start. */
    String states() {
        return framework.states();
    }

    /** A plugin jar as a firm's build would make it, minus classes: a manifest that declares an instrument. */
    static Path pluginJar(Path folder, String symbolicName, String version, boolean declaresInstrument)
            throws IOException {
        return pluginJar(folder, symbolicName, version, declaresInstrument ? symbolicName.replace('.', '-') : null,
                null);
    }

    /**
     * A plugin jar that declares instrument {@code instrumentId} (none when null) and, when {@code component} is not
     * null, holds that class as an immediate Declarative Services component whose {@code activate} method runs at
     * start, described the way bnd would.
     */
    static Path pluginJar(Path folder, String symbolicName, String version, String instrumentId, Class<?> component)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        main.putValue(Constants.BUNDLE_VERSION, version);
        main.putValue(Constants.BUNDLE_NAME, "Proef " + symbolicName);
        main.putValue(Constants.BUNDLE_VENDOR, "Proefbureau");
        main.putValue(Constants.IMPORT_PACKAGE, "nl.koers.instrument.api;version=\"[1.0,2)\"");
        if (instrumentId != null) {
            main.putValue(Constants.PROVIDE_CAPABILITY, "koers.instrument;koers.instrument=" + instrumentId);
        }
        String componentXml = component == null ? null : "OSGI-INF/" + component.getName() + ".xml";
        if (componentXml != null) {
            main.putValue("Service-Component", componentXml);
        }
        Path jar = folder.resolve(symbolicName + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            if (component != null) {
                j.putNextEntry(new ZipEntry(component.getName().replace('.', '/') + ".class"));
                try (InputStream in = component.getResourceAsStream(component.getSimpleName() + ".class")) {
                    in.transferTo(j);
                }
                j.putNextEntry(new ZipEntry(componentXml));
                j.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\""
                        + component.getName() + "\" immediate=\"true\" activate=\"activate\">\n"
                        + "  <implementation class=\"" + component.getName() + "\"/>\n</scr:component>\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    @Override
    public void close() throws Exception {
        framework.close();
    }
}
