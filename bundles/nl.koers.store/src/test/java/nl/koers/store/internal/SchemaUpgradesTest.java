package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.koers.domain.Dossier;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierStore;
import nl.koers.store.OpenedDossier;
import nl.koers.store.Problem.Kind;

/** Old files open in the current Koers; newer files open read-only; the chain of steps is generic. */
class SchemaUpgradesTest {
    private static final List<String> V1_FIXTURES = List.of("voorbeeld-jongeren-aan-het-werk.koers", "minimal.koers",
            "nulls-and-empties.koers", "unknown-data.koers", "unicode.koers");

    @TempDir
    Path dir;

    private final JsonDossierStore store = new JsonDossierStore();

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("v1/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"voorbeeld-jongeren-aan-het-werk.koers", "minimal.koers", "nulls-and-empties.koers",
            "unknown-data.koers", "unicode.koers"})
    void everyVersion1FixtureUpgradesBindsAndSavesAsVersion2(String name) throws Exception {
        Path file = fixture(name);
        byte[] before = Files.readAllBytes(file);
        OpenedDossier opened = store.open(file);
        assertEquals(1, opened.schemaVersion());
        assertEquals("", opened.writtenBy(), "a version 1 file does not say who wrote it");
        assertFalse(opened.readOnly());
        assertTrue(opened.readOnlyReason(Locale.ENGLISH).isEmpty());
        assertFalse(opened.dossier().unknownFields().containsKey("writtenBy"), "writtenBy is the store's own field");
        assertEquals(opened.dossier(), store.read(file));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "opening never changes the file");

        Path saved = dir.resolve("saved-" + name);
        store.write(opened.dossier(), saved);
        JsonNode tree = store.mapper().readTree(saved.toFile());
        assertEquals(2, tree.get("schemaVersion").intValue());
        assertTrue(tree.get("writtenBy").textValue().matches("Koers \\d+\\.\\d+\\.\\d+.*"), tree.get("writtenBy").toString());
        List<String> head = List.copyOf(iterableToList(tree.fieldNames())).subList(0, 3);
        assertEquals(List.of("format", "schemaVersion", "writtenBy"), head);
        OpenedDossier again = store.open(saved);
        assertEquals(2, again.schemaVersion());
        assertEquals(tree.get("writtenBy").textValue(), again.writtenBy());
        assertEquals(opened.dossier(), again.dossier(), "nothing lost in the upgrade");
    }

    private static List<String> iterableToList(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void theSampleKeepsItsContentThroughTheUpgrade() throws Exception {
        Dossier d = store.read(fixture(V1_FIXTURES.get(0)));
        assertEquals("Jongeren aan het werk – Rivierenland", d.title());
        assertTrue(d.partners().size() >= 4, "partners: " + d.partners().size());
        assertTrue(d.partners().stream().mapToInt(p -> p.interests().size()).sum() > 5);
        Dossier unknown = store.read(fixture("unknown-data.koers"));
        assertEquals(new java.math.BigDecimal("25000.50"), unknown.partners().get(0).contributions().get(0).amount());
        assertTrue(unknown.instrumentData().containsKey("energiekaart"));
        assertTrue(unknown.unknownFields().containsKey("futureFeature"));
    }

    @Test
    void theVersion1StepAddsAnUnknownWriterAndKeepsAnyExistingOne() throws Exception {
        ObjectNode old = (ObjectNode) store.mapper().readTree("{\"format\":\"koers-dossier\",\"schemaVersion\":1}");
        ObjectNode up = SchemaUpgrades.standard().upgrade(old, 1);
        assertEquals(2, up.get("schemaVersion").intValue());
        assertEquals("", up.get("writtenBy").textValue());
        ObjectNode named = (ObjectNode) store.mapper().readTree(
                "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"writtenBy\":\"Koers 0.0.9\"}");
        assertEquals("Koers 0.0.9", new WrittenByUpgrade().apply(named).get("writtenBy").textValue());
    }

    /** A made-up version 3 that renames a field: adding a real one later is one class like this. */
    private static final class RenameThemeToSubject implements SchemaUpgrade {
        @Override
        public int from() {
            return 2;
        }

        @Override
        public ObjectNode apply(ObjectNode tree) {
            tree.set("subject", tree.remove("theme"));
            return tree;
        }
    }

    @Test
    void theChainRunsEveryStepInOrderUpToTheCurrentVersion() throws Exception {
        SchemaUpgrades chain = new SchemaUpgrades(List.of(new RenameThemeToSubject(), new WrittenByUpgrade()), 3);
        ObjectNode v1 = (ObjectNode) store.mapper().readTree(
                "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"theme\":\"wonen\"}");
        ObjectNode v3 = chain.upgrade(v1, 1);
        assertEquals(3, v3.get("schemaVersion").intValue());
        assertEquals("", v3.get("writtenBy").textValue(), "step 1 to 2 ran");
        assertEquals("wonen", v3.get("subject").textValue(), "step 2 to 3 ran");
        assertFalse(v3.has("theme"));
        ObjectNode v2 = (ObjectNode) store.mapper().readTree(
                "{\"format\":\"koers-dossier\",\"schemaVersion\":2,\"writtenBy\":\"Koers 1\",\"theme\":\"zorg\"}");
        ObjectNode fromTwo = chain.upgrade(v2, 2);
        assertEquals("Koers 1", fromTwo.get("writtenBy").textValue(), "step 1 to 2 did not run on a version 2 file");
        assertEquals("zorg", fromTwo.get("subject").textValue());
        assertEquals(3, chain.upgrade(fromTwo, 3).get("schemaVersion").intValue(), "a current file is left as it is");
    }

    @Test
    void aChainWithAGapOrTwoStepsFromOneVersionIsRefusedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new SchemaUpgrades(List.of(new RenameThemeToSubject()), 3));
        assertThrows(IllegalArgumentException.class,
                () -> new SchemaUpgrades(List.of(new WrittenByUpgrade(), new WrittenByUpgrade()), 2));
        assertThrows(IllegalArgumentException.class, () -> SchemaUpgrades.standard().upgrade(
                store.mapper().createObjectNode(), DossierStore.SCHEMA_VERSION + 1));
    }

    private Path newer(String name, String json) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aFileFromANewerKoersOpensReadOnlyAndSaysWhichVersionWroteIt() throws Exception {
        Path file = newer("nieuw.koers", """
                {"format":"koers-dossier","schemaVersion":3,"writtenBy":"Koers 2.3.0","id":"d9","title":"Nieuw",
                 "partners":[{"id":"p1","name":"Gemeente","role":"CORE"}],
                 "governance":{"board":["p1"]}}
                """);
        byte[] before = Files.readAllBytes(file);
        OpenedDossier opened = store.open(file);
        assertTrue(opened.readOnly());
        assertEquals(3, opened.schemaVersion());
        assertEquals("Koers 2.3.0", opened.writtenBy());
        assertEquals("Nieuw", opened.dossier().title());
        assertEquals("Gemeente", opened.dossier().partners().get(0).name());
        assertTrue(opened.dossier().unknownFields().containsKey("governance"), "what it does not know is kept");
        assertEquals("Geschreven door Koers 2.3.0 (bestandsversie 3); deze Koers kent versie 2. Alleen lezen: sla "
                + "een kopie op om verder te werken, of werk Koers bij.", opened.readOnlyReason(Locale.of("nl")).get());
        assertTrue(opened.readOnlyReason(Locale.ENGLISH).get().startsWith("Written by Koers 2.3.0 (file version 3)"));
        DossierFileException e = assertThrows(DossierFileException.class, () -> store.read(file));
        assertEquals(Kind.NEWER_SCHEMA, e.problem().kind());
        assertEquals(Kind.NEWER_SCHEMA, store.validate(file).get(0).kind());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));

        Path copy = dir.resolve("kopie.koers");
        store.write(opened.dossier(), copy);
        assertTrue(store.read(copy).unknownFields().containsKey("governance"), "a copy keeps the newer data");
    }

    @Test
    void aNewerFileThatDoesNotSayWhoWroteItStillExplainsItself() throws Exception {
        OpenedDossier opened = store.open(newer("anoniem.koers",
                "{\"format\":\"koers-dossier\",\"schemaVersion\":9,\"title\":\"x\"}"));
        assertEquals("", opened.writtenBy());
        assertTrue(opened.readOnlyReason(Locale.of("nl")).get().startsWith("Geschreven door een nieuwere Koers "
                + "(bestandsversie 9)"), opened.readOnlyReason(Locale.of("nl")).get());
    }

    @Test
    void aNewerFileThisVersionCannotBindIsANewerSchemaProblemNotADamagedFile() throws Exception {
        Path file = newer("anders.koers",
                "{\"format\":\"koers-dossier\",\"schemaVersion\":4,\"partners\":{\"p1\":{\"name\":\"A\"}}}");
        DossierFileException e = assertThrows(DossierFileException.class, () -> store.open(file));
        assertEquals(Kind.NEWER_SCHEMA, e.problem().kind());
        assertTrue(e.message(Locale.of("nl")).contains("nieuwere Koers"), e.message(Locale.of("nl")));
    }

    @Test
    void aDamagedFileFailsOpenAsItFailsRead() throws Exception {
        Path file = newer("kapot.koers", "{\"format\":\"koers-dossier\",\"schemaVersion\":2,\"partners\":[");
        assertEquals(Kind.NOT_JSON, assertThrows(DossierFileException.class, () -> store.open(file)).problem().kind());
    }
}
