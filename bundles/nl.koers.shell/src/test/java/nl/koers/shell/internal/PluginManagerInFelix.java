package nl.koers.shell.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.ServiceTracker;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.Instrument;
import nl.koers.plugins.Plugins;

/**
 * The real plugin manager in a real Felix, for the plugin dialog's tests. The framework exports the plugin API
 * from the test's own class path, so the manager's service is a {@link Plugins} the test can call; every other
 * bundle (SCR, the domain, the instrument API, the manager) is the real jar or build output.
 */
final class PluginManagerInFelix implements AutoCloseable {
    private final Framework framework;
    private final Plugins plugins;

    PluginManagerInFelix(Path storage, Path data) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // the plugin API and SWT come from the test's class path: one SWT per JVM, and services the test can call
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "nl.koers.plugins;version=1.0.0,"
                + "org.eclipse.swt,org.eclipse.swt.custom,org.eclipse.swt.events,org.eclipse.swt.graphics,"
                + "org.eclipse.swt.layout,org.eclipse.swt.widgets,org.eclipse.swt.dnd,org.eclipse.swt.printing");
        config.put("koers.data", data.toString());
        config.put("felix.log.level", "1");
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        var context = framework.getBundleContext();
        List<Bundle> installed = new java.util.ArrayList<>();
        for (Class<?> from : List.of(org.osgi.util.function.Function.class, org.osgi.util.promise.Promise.class,
                org.osgi.service.component.ComponentContext.class, org.apache.felix.scr.info.ScrInfo.class,
                com.fasterxml.jackson.annotation.JsonProperty.class, com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, Texts.class, Instrument.class, Plugins.class)) {
            installed.add(context.installBundle("reference:" + location(from).toUri()));
        }
        for (Bundle b : installed) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                b.start();
            }
        }
        ServiceTracker<Plugins, Plugins> tracker = new ServiceTracker<>(context, Plugins.class, null);
        tracker.open(true);
        plugins = tracker.waitForService(10_000);
        if (plugins == null) {
            throw new IllegalStateException("the plugin manager did not start: " + states());
        }
    }

    Plugins plugins() {
        return plugins;
    }

    /** The states of every bundle, for a message when something did not start. */
    String states() {
        StringBuilder out = new StringBuilder();
        for (Bundle b : framework.getBundleContext().getBundles()) {
            out.append(b.getSymbolicName()).append('=').append(b.getState()).append(' ');
        }
        return out.toString();
    }

    /** A plugin jar as a firm's build would make it, minus classes: a manifest that declares an instrument. */
    static Path pluginJar(Path folder, String symbolicName, String version, boolean declaresInstrument)
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
        if (declaresInstrument) {
            main.putValue(Constants.PROVIDE_CAPABILITY, "koers.instrument;koers.instrument=" + symbolicName.replace('.', '-'));
        }
        Path jar = folder.resolve(symbolicName + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            // a manifest is all a bundle needs
        }
        return jar;
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }
}
