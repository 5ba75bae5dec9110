package nl.koers.plugins.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import nl.koers.instrument.api.ProvidesInstrument;
import nl.koers.plugins.CatalogueEntry;
import nl.koers.plugins.PluginException;
import nl.koers.plugins.PluginProblem;
import nl.koers.plugins.PluginProblem.Kind;

/** Reads a firm's catalogue: an OSGi repository index (R5 XML, plain or gzipped), listing its instrument bundles. */
final class CatalogueReader {

    private CatalogueReader() {
    }

    static List<CatalogueEntry> read(URI where) throws PluginException {
        URI index = indexOf(where);
        try (InputStream raw = new BufferedInputStream(Download.open(index))) {
            raw.mark(2);
            boolean gzipped = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            try (InputStream in = gzipped ? new GZIPInputStream(raw) : raw) {
                return entries(parser().parse(in), index);
            }
        } catch (IOException | SAXException | ParserConfigurationException | IllegalArgumentException e) {
            throw new PluginException(List.of(PluginProblem.of(Kind.BAD_CATALOGUE, where, String.valueOf(e.getMessage()))), e);
        }
    }

    /** A folder means the {@code index.xml} (or {@code index.xml.gz}) inside it. */
    private static URI indexOf(URI where) {
        if ("file".equals(where.getScheme())) {
            Path path = Path.of(where);
            if (Files.isDirectory(path)) {
                Path plain = path.resolve("index.xml");
                return (Files.exists(plain) ? plain : path.resolve("index.xml.gz")).toUri();
            }
        }
        return where;
    }

    private static List<CatalogueEntry> entries(Document document, URI index) {
        List<CatalogueEntry> entries = new ArrayList<>();
        NodeList resources = document.getElementsByTagNameNS("*", "resource");
        for (int r = 0; r < resources.getLength(); r++) {
            Map<String, Map<String, String>> capabilities = new HashMap<>();
            List<String> instruments = new ArrayList<>();
            NodeList caps = ((Element) resources.item(r)).getElementsByTagNameNS("*", "capability");
            for (int c = 0; c < caps.getLength(); c++) {
                Element capability = (Element) caps.item(c);
                Map<String, String> attributes = attributes(capability);
                String namespace = capability.getAttribute("namespace");
                if (ProvidesInstrument.NAMESPACE.equals(namespace)) {
                    instruments.add(attributes.getOrDefault(ProvidesInstrument.NAMESPACE, ""));
                }
                capabilities.putIfAbsent(namespace, attributes);
            }
            Map<String, String> identity = capabilities.getOrDefault("osgi.identity", Map.of());
            Map<String, String> content = capabilities.getOrDefault("osgi.content", Map.of());
            if (instruments.isEmpty() || !"osgi.bundle".equals(identity.get("type")) || !content.containsKey("url")) {
                continue;
            }
            String name = identity.get("osgi.identity");
            entries.add(new CatalogueEntry(name, identity.getOrDefault("name", name), identity.getOrDefault("version", ""),
                    index.resolve(content.get("url")), content.getOrDefault("osgi.content", ""), instruments));
        }
        return entries;
    }

    private static Map<String, String> attributes(Element capability) {
        Map<String, String> attributes = new HashMap<>();
        NodeList list = capability.getElementsByTagNameNS("*", "attribute");
        for (int a = 0; a < list.getLength(); a++) {
            Element attribute = (Element) list.item(a);
            attributes.put(attribute.getAttribute("name"), attribute.getAttribute("value"));
        }
        return attributes;
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // an index from the network must not make the parser fetch or expand anything
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }
}
