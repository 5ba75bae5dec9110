package nl.koers.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The floor of the stack for the start-up benchmark: {@link PlainShell}'s window, drawn by a Declarative Services
 * component in a bundle of its own, in Felix with SCR, started as Koers starts (the display opened on the main
 * thread while the framework boots on another, SWT exported by the system bundle, the framework's bundles kept
 * between starts). What Koers takes beyond this is its own: its bundles and its real window.
 *
 * <p>Usage: {@code FrameworkShell STORAGE BUNDLE...}: the framework keeps its bundles in STORAGE; the BUNDLEs (SCR and
 * what it needs) are installed once and started; the window's bundle is made in STORAGE on the first run.
 */
public final class FrameworkShell {
    private static final String SWT_PACKAGES = "org.eclipse.swt,org.eclipse.swt.widgets";

    private FrameworkShell() {
    }

    public static void main(String[] args) throws Exception {
        Path storage = Path.of(args[0]);
        List<String> bundles = new ArrayList<>();
        for (String jar : List.of(args).subList(1, args.length)) {
            bundles.add(Path.of(jar).toUri().toString());
        }
        bundles.add(windowBundle(storage).toUri().toString());
        CompletableFuture<Runnable> window = new CompletableFuture<>();
        Thread boot = new Thread(() -> {
            try {
                boot(storage.resolve("felix"), bundles, window);
            } catch (Exception | LinkageError e) {
                window.completeExceptionally(e);
            }
        }, "boot");
        boot.start();
        Display display = new Display();
        window.get().run();
        while (display.getShells().length > 0) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        // the framework's threads are left to the end of the process, as a closed window is all this measures
        System.exit(0);
    }

    private static void boot(Path cache, List<String> locations, CompletableFuture<Runnable> window) throws Exception {
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, cache.toString(),
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SWT_PACKAGES));
        framework.init();
        BundleContext context = framework.getBundleContext();
        context.addServiceListener(event -> {
            if (event.getType() == ServiceEvent.REGISTERED) {
                window.complete((Runnable) context.getService(event.getServiceReference()));
            }
        }, "(" + FloorWindow.PROPERTY + "=*)");
        framework.start();
        List<Bundle> installed = new ArrayList<>();
        for (String location : locations) {
            Bundle kept = context.getBundle(location);
            installed.add(kept != null ? kept : context.installBundle(location));
        }
        for (Bundle bundle : installed) {
            bundle.start();
        }
    }

    /** A bundle holding {@link FloorWindow} and its component description, made once in {@code storage}. */
    private static Path windowBundle(Path storage) throws IOException {
        Path jar = storage.resolve("floor-window.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        Files.createDirectories(storage);
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, "nl.koers.benchmark.floor");
        main.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        main.putValue(Constants.IMPORT_PACKAGE, SWT_PACKAGES);
        main.putValue("Service-Component", "OSGI-INF/floor.xml");
        String component = FloorWindow.class.getName().replace('.', '/') + ".class";
        Path made = Files.createTempFile(storage, "floor-window", ".tmp");
        try (OutputStream file = Files.newOutputStream(made); JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream classFile = FrameworkShell.class.getClassLoader().getResourceAsStream(component)) {
            out.putNextEntry(new JarEntry(component));
            classFile.transferTo(out);
            out.putNextEntry(new JarEntry("OSGI-INF/floor.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"floor\""
                    + " immediate=\"true\">\n"
                    + "  <implementation class=\"" + FloorWindow.class.getName() + "\"/>\n"
                    + "  <service><provide interface=\"java.lang.Runnable\"/></service>\n"
                    + "  <property name=\"" + FloorWindow.PROPERTY + "\" value=\"shown\"/>\n"
                    + "</scr:component>\n").getBytes(StandardCharsets.UTF_8));
        }
        return Files.move(made, jar);
    }
}
