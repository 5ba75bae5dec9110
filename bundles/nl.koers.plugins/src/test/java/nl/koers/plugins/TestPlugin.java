package nl.koers.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Writes plugin bundles the way a firm's build would: a manifest, classes and resources. */
final class TestPlugin {
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    /** An instrument bundle that imports the instrument API {@code [1.0,2)} and provides instrument {@code id}. */
    static TestPlugin instrument(String symbolicName, String version, String id) {
        return new TestPlugin()
                .header("Bundle-ManifestVersion", "2")
                .header("Bundle-SymbolicName", symbolicName)
                .header("Bundle-Version", version)
                .header("Bundle-Name", "Energiekaart " + id)
                .header("Bundle-Vendor", "Adviesbureau Voorbeeld")
                .header("Import-Package", "nl.koers.instrument.api;version=\"[1.0,2)\"")
                .header("Provide-Capability", "koers.instrument;koers.instrument=" + id)
                .entry("energie/thema.txt", "wie wil weten, meedenken, meedoen, meebeslissen " + version);
    }

    TestPlugin header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    TestPlugin entry(String name, String content) {
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds a class of the test sources to the bundle. */
    TestPlugin withClass(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            entries.put(type.getName().replace('.', '/') + ".class", in.readAllBytes());
        }
        return this;
    }

    /** Adds a Declarative Services component, described the way bnd would, with the class behind it. */
    TestPlugin withComponent(Class<?> type) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + type.getName()
                + "\" immediate=\"true\" activate=\"activate\">\n"
                + "  <implementation class=\"" + type.getName() + "\"/>\n</scr:component>\n";
        String path = "OSGI-INF/" + type.getName() + ".xml";
        return withClass(type).entry(path, xml).header("Service-Component", path);
    }

    /** Adds a delayed component that provides {@code Runnable}: activated only when someone first gets the service. */
    TestPlugin withDelayedComponent(Class<? extends Runnable> type) throws IOException {
        return withDelayedService(type, Runnable.class);
    }

    /** Adds a delayed component that provides {@code service}: activated only when someone first gets it. */
    <T> TestPlugin withDelayedService(Class<? extends T> type, Class<T> service) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + type.getName()
                + "\" activate=\"activate\">\n"
                + "  <implementation class=\"" + type.getName() + "\"/>\n"
                + "  <service><provide interface=\"" + service.getName() + "\"/></service>\n</scr:component>\n";
        String path = "OSGI-INF/" + type.getName() + ".xml";
        return withClass(type).entry(path, xml).header("Service-Component", path);
    }

    Path write(Path file) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        Files.createDirectories(file.getParent());
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new ZipEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
        return file;
    }

    /** A copy of a (signed) jar with one entry's content changed: what an attacker would do. */
    static Path tamper(Path jar, String entryName, String newContent, Path out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    zip.write(newContent.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out;
    }

    /** A feature archive as {@code nl.koers.plugins}' package documentation describes it. */
    static Path feature(Path out, String id, Map<String, Path> bundlesById) throws IOException {
        StringBuilder bundles = new StringBuilder();
        for (String bundleId : bundlesById.keySet()) {
            bundles.append(bundles.isEmpty() ? "" : ",").append("{\"id\":\"").append(bundleId).append("\"}");
        }
        String json = "{\"feature-resource-version\":\"1.0\",\"id\":\"" + id + "\",\"name\":\"Energiekaart\","
                + "\"vendor\":\"Adviesbureau Voorbeeld\",\"bundles\":[" + bundles + "]}";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.putNextEntry(new ZipEntry("feature.json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, Path> bundle : bundlesById.entrySet()) {
                String[] gav = bundle.getKey().split(":");
                zip.putNextEntry(new ZipEntry("bundles/" + gav[1] + "-" + gav[2] + ".jar"));
                Files.copy(bundle.getValue(), zip);
            }
        }
        return out;
    }
}
