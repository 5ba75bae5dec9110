package nl.koers.instrument.partnermodel.internal.template;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

import nl.koers.domain.Dossier;
import nl.koers.instrument.partnermodel.internal.Phrases;

/**
 * A firm ships its own canvas in a bundle of its own: in a real Felix framework, the extender finds it by its
 * manifest header, offers it beside the standard one, tells exactly what is wrong with a broken one, and
 * forgets a template whose bundle stops.
 */
class TemplateExtenderFrameworkTest {
    private static final String FIRM_TEMPLATE = """
            {
              "id": "firma.vierluik",
              "name": {"nl": "Vierluik", "en": "Four panels"},
              "columns": 2, "rows": 2,
              "blocks": [
                {"id": "ambitie", "name": {"nl": "Ambitie", "en": "Ambition"}, "column": 1, "row": 1, "shows": "ambition"},
                {"id": "eigenaren", "name": "Eigenaren", "column": 2, "row": 1, "shows": "corePartners"},
                {"id": "aanbod", "name": "Aanbod", "column": 1, "row": 2, "columns": 2, "colour": "#ffe0b2"}
              ]
            }
            """;
    private static final String BROKEN_TEMPLATE = """
            {
              "id": "firma.kapot",
              "name": {"nl": "Kapot"},
              "columns": 2, "rows": 1,
              "blocks": [
                {"id": "a", "name": "A", "column": 1, "row": 1, "colour": "rood"}
              ]
            }
            """;

    @TempDir
    Path storage;

    private Framework framework;
    private TemplateCatalogue catalogue;

    @BeforeEach
    void start() throws Exception {
        framework = new FrameworkFactory().newFramework(Map.of(Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        framework.start();
        catalogue = new TemplateCatalogue(framework.getBundleContext());
    }

    @AfterEach
    void stop() throws Exception {
        catalogue.close();
        framework.stop();
        framework.waitForStop(10_000);
    }

    private Bundle install(String name, String header, Map<String, String> files) throws Exception {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        a.putValue(Constants.BUNDLE_SYMBOLICNAME, name);
        a.putValue(Constants.BUNDLE_VERSION, "1.2.0");
        if (header != null) {
            a.putValue(TemplateExtender.HEADER, header);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, m)) {
            for (var f : files.entrySet()) {
                jar.putNextEntry(new JarEntry(f.getKey()));
                jar.write(f.getValue().getBytes(UTF_8));
                jar.closeEntry();
            }
        }
        Bundle b = framework.getBundleContext().installBundle("test:" + name, new ByteArrayInputStream(bytes.toByteArray()));
        b.start();
        return b;
    }

    @Test
    void aFirmsTemplateIsOfferedBesideTheStandardOne() throws Exception {
        AtomicInteger heard = new AtomicInteger();
        catalogue.onChange(heard::incrementAndGet);
        Bundle firm = install("nl.firma.canvas", "templates/vierluik.json", Map.of("templates/vierluik.json", FIRM_TEMPLATE));
        install("nl.firma.other", null, Map.of("templates/ignored.json", "not even json"));

        List<CanvasTemplate> all = catalogue.templates();
        assertEquals(List.of(CanvasTemplate.STANDARD, "firma.vierluik"), all.stream().map(CanvasTemplate::id).toList());
        CanvasTemplate vierluik = all.get(1);
        assertEquals("Four panels", vierluik.name(Locale.ENGLISH));
        assertEquals(3, vierluik.blocks().size());
        assertTrue(catalogue.problems().isEmpty(), () -> catalogue.problems().toString());
        assertEquals(1, heard.get());

        // a dossier chooses it; without the bundle it falls back to the standard canvas and keeps its choice
        Dossier d = TemplateCatalogue.choose("firma.vierluik").applyTo(Dossier.titled("x"));
        assertEquals("firma.vierluik", catalogue.chosen(d).id());
        firm.stop();
        assertEquals(List.of(CanvasTemplate.STANDARD), catalogue.templates().stream().map(CanvasTemplate::id).toList());
        assertEquals(CanvasTemplate.STANDARD, catalogue.chosen(d).id());
        assertEquals("firma.vierluik", TemplateCatalogue.choiceOf(d));
        assertEquals(2, heard.get());
    }

    @Test
    void aBrokenTemplateIsToldAndTheOthersKeepWorking() throws Exception {
        install("nl.firma.canvas", " templates/vierluik.json, templates/kapot.json, templates/weg.json",
                Map.of("templates/vierluik.json", FIRM_TEMPLATE, "templates/kapot.json", BROKEN_TEMPLATE));

        assertEquals(List.of(CanvasTemplate.STANDARD, "firma.vierluik"),
                catalogue.templates().stream().map(CanvasTemplate::id).toList());
        List<TemplateProblem> problems = catalogue.problems();
        assertEquals(2, problems.size(), problems::toString);
        TemplateProblem broken = problems.get(0);
        assertEquals("nl.firma.canvas 1.2.0", broken.bundle());
        assertEquals("templates/kapot.json", broken.file());
        assertEquals(6, broken.line(), "the line of the block with the wrong colour");
        assertEquals("Canvas in nl.firma.canvas 1.2.0, bestand templates/kapot.json, regel 6, kolom "
                + broken.column() + ": de kleur \u201crood\u201d is geen #rrggbb", new Phrases(Locale.of("nl")).problem(broken));
        assertEquals("notFound", problems.get(1).key());
        assertEquals("templates/weg.json", problems.get(1).file());
    }

    @Test
    void aTemplateIdTakenTwiceIsOfferedOnce() throws Exception {
        install("nl.firma.a", "t.json", Map.of("t.json", FIRM_TEMPLATE));
        install("nl.firma.b", "t.json", Map.of("t.json", FIRM_TEMPLATE));
        assertEquals(2, catalogue.templates().size());
        assertEquals("duplicateTemplate", catalogue.problems().get(0).key());
        assertTrue(catalogue.problems().get(0).bundle().startsWith("nl.firma.b"), catalogue.problems().toString());
    }

}
