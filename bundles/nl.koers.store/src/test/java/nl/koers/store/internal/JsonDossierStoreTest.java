package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Lens;
import nl.koers.domain.Level;
import nl.koers.domain.Openness;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Recognition;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.domain.Route;
import nl.koers.store.DossierFileException;
import nl.koers.store.Problem;
import nl.koers.store.Problem.Kind;

class JsonDossierStoreTest {
    private final JsonDossierStore store = new JsonDossierStore();

    @TempDir
    Path dir;

    /** A dossier that uses every field the schema has. */
    static Dossier everything() {
        Interest eigen = Interest.of("Minder uitval van jongeren", Level.ORGANISATION, Firmness.DEMAND);
        Interest netwerk = Interest.of("Eén route naar werk in de regio", Level.NETWORK, Firmness.WISH)
                .withCoreValue(true);
        Position pos = new Position(null, "Wij willen de regie", List.of("Omdat wij betalen", "Omdat wij afrekenbaar zijn"),
                List.of(eigen.id()));
        Partner gemeente = new Partner(null, "Gemeente Tiel", Role.CORE,
                List.of(Representative.of("Anna de Vries", "wethouder", Lens.POLITICAL, Lens.MEANING)),
                "Samen jongeren aan het werk", List.of(eigen, netwerk), List.of(pos),
                List.of(CoreValue.of("Beloftes nakomen")),
                List.of(Contribution.bring(Category.MEANS, "Projectbudget").withAmount(new BigDecimal("25000.50"), "euro"),
                        Contribution.get(Category.REPUTATION, "Zichtbaarheid").withFirmness(Firmness.DEMAND)));
        Interest diploma = Interest.of("Elke jongere een diploma", Level.NETWORK, Firmness.DEMAND);
        Partner roc = Partner.of("ROC Rivor", Role.CHAIN).withInterests(List.of(diploma));
        AmbitionVersion v1 = new AmbitionVersion(null, 1, LocalDate.of(2026, 3, 2), "Elke jongere een plek",
                "Wij delen cijfers per kwartaal", List.of(new Fact("12% uitval", "CBS 2025")),
                Map.of(gemeente.id(), new Endorsement(Recognition.YES, ""),
                        roc.id(), new Endorsement(Recognition.PARTLY, "Te vaag over stages")));
        return new Dossier(null, "Jongeren aan het werk – Rivierenland", "werk en onderwijs", "Gemeente Tiel",
                Route.STRATEGIC_GROUP, Openness.CLOSED, List.of(gemeente, roc), new Ambition(List.of(v1)),
                List.of(new CanvasNote(null, "offer", "Eén loket", "#ffcc80", gemeente.id())),
                Map.of("netwerkambitie", Map.of("step", 3, "timerMinutes", 10)),
                Map.of(),
                List.of(InterestLink.of("Iedere jongere een route", netwerk.id(), diploma.id())));
    }

    @Test
    void everyFieldSurvivesARoundTrip() throws Exception {
        Dossier original = everything();
        Path file = dir.resolve("jongeren.koers");
        store.write(original, file);
        assertEquals(original, store.read(file));
    }

    /** A partner edits a dossier on Windows and sends it back: CRLF line ends, in a folder with spaces and accents. */
    @Test
    void aDossierWithWindowsLineEndsReadsAsTheSameDossier() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Anouk de Vries").resolve("Van partner ontvangen – é"));
        Path lf = folder.resolve("jongeren lf.koers");
        Dossier original = everything();
        store.write(original, lf);
        String text = Files.readString(lf);
        Path crlf = Files.writeString(folder.resolve("Jongeren – één loket.koers"), text.replace("\n", "\r\n"));
        assertTrue(Files.readString(crlf).contains("\r\n"));
        assertEquals(original, store.read(crlf));

        store.write(store.read(crlf), crlf);
        assertArrayEquals(Files.readAllBytes(lf), Files.readAllBytes(crlf), "saved again as Koers writes it");
    }

    @Test
    void aBrokenDossierWithWindowsLineEndsNamesTheRightLine() throws Exception {
        Path file = write("komma crlf.koers",
                "{\"format\":\"koers-dossier\",\r\n\"schemaVersion\":1,\r\n\"title\":\"x\" \"theme\":\"y\"}");
        assertEquals(3, problem(file, Kind.NOT_JSON).line());
    }

    @Test
    void writingTheSameDossierTwiceGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a.koers");
        Path b = dir.resolve("b.koers");
        Dossier d = everything();
        store.write(d, a);
        store.write(store.read(a), b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void dataOfAnInstrumentThatIsNotInstalledSurvivesOpenAndSave() throws Exception {
        String json = """
                {"format":"koers-dossier","schemaVersion":1,"id":"d1","title":"T",
                 "partners":[],
                 "instruments":{"energiekaart":{"themes":[{"name":"Wonen","marks":{"p1":"CO_DECIDE"}}],"zoom":1.25}},
                 "futureFeature":{"enabled":true,"weights":[1,2.50,null]}}
                """;
        Path file = write("extra.koers", json);
        Dossier read = store.read(file);
        Path again = dir.resolve("again.koers");
        store.write(read, again);
        String saved = Files.readString(again);
        assertTrue(saved.contains("\"energiekaart\""), saved);
        assertTrue(saved.contains("\"futureFeature\""), saved);
        assertEquals(read, store.read(again));
        assertEquals(Map.of("enabled", true, "weights", java.util.Arrays.asList(1, new BigDecimal("2.50"), null)),
                store.read(again).unknownFields().get("futureFeature"));
    }

    @Test
    void saveLeavesNoTempFilesAndReplacesTheOldVersion() throws Exception {
        Path file = dir.resolve("d.koers");
        store.write(Dossier.titled("eerste"), file);
        store.write(Dossier.titled("tweede"), file);
        assertEquals("tweede", store.read(file).title());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void saveKeepsTheFilesPermissionsAndNewFilesGetTheUsualOnes() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path fresh = dir.resolve("nieuw.koers");
        store.write(Dossier.titled("nieuw"), fresh);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));

        var shared = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(fresh, shared);
        store.write(Dossier.titled("opnieuw"), fresh);
        assertEquals(shared, Files.getPosixFilePermissions(fresh));
    }

    @Test
    void aFailedSaveLeavesNothingBehind() {
        Path missingFolder = dir.resolve("weg").resolve("d.koers");
        assertThrows(IOException.class, () -> store.write(Dossier.titled("x"), missingFolder));
        assertTrue(Files.notExists(missingFolder.getParent()));
    }

    @Test
    void readingFromAStreamNamesTheSourceInProblems() {
        var e = assertThrows(DossierFileException.class,
                () -> store.read(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)), "voorbeeld.koers"));
        assertTrue(e.message(Locale.ENGLISH).startsWith("voorbeeld.koers"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void whyLaddersOfAnyDepthSurviveSaveAndReopen(int depth) throws Exception {
        Interest i = Interest.of("Verantwoording aan de raad", Level.ORGANISATION, Firmness.DEMAND);
        List<String> whys = new java.util.ArrayList<>();
        for (int k = 1; k <= depth; k++) {
            whys.add("Waarom " + k + ": omdat \u201cstap\u201d " + k + " \u2013 " + "ja, écht".repeat(k));
        }
        Position pos = new Position(null, "Wij houden de regie", whys, depth == 0 ? List.of() : List.of(i.id()));
        Dossier d = Dossier.titled("Ladder").withPartner(new Partner(null, "Gemeente", Role.CORE, List.of(), "",
                List.of(i), List.of(pos), List.of(), List.of()));
        Path file = dir.resolve("ladder" + depth + ".koers");
        store.write(d, file);
        Dossier back = store.read(file);
        assertEquals(d, back);
        assertEquals(depth, back.partners().get(0).positions().get(0).whys().size());
        assertEquals(whys, back.partners().get(0).positions().get(0).whys());
        assertEquals(List.of(), store.validate(file));
    }

    @Test
    void theDialoguesFieldsAreWrittenAsTheSchemaSays() throws Exception {
        Path file = dir.resolve("velden.koers");
        Dossier d = everything();
        store.write(d, file);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        assertEquals(false, tree.at("/partners/0/interests/0/coreValue").booleanValue());
        assertEquals(true, tree.at("/partners/0/interests/1/coreValue").booleanValue());
        assertEquals(d.interestLinks().get(0).id(), tree.at("/interestLinks/0/id").textValue());
        assertEquals(2, tree.at("/interestLinks/0/interestIds").size());
        assertEquals("Iedere jongere een route", tree.at("/interestLinks/0/note").textValue());
        assertEquals(2, tree.at("/partners/0/positions/0/whys").size());
    }

    @Test
    void anOlderFileWithoutCoreValuesOrLinksStillReadsAndKeepsWhatItDoesNotKnow() throws Exception {
        String json = """
                {"format":"koers-dossier","schemaVersion":1,"id":"d1","title":"Oud",
                 "partners":[{"id":"p1","name":"A","interests":[{"id":"i1","text":"t","level":"NETWORK","firmness":"DEMAND"}],
                   "positions":[{"id":"x1","text":"s","whys":["w1","w2"],"interestIds":["i1"]}]}],
                 "instruments":{"energiekaart":{"zoom":1.25}},
                 "futureFeature":{"enabled":true}}
                """;
        Path file = write("oud.koers", json);
        Dossier read = store.read(file);
        Interest i = read.partners().get(0).interests().get(0);
        assertEquals(new Interest("i1", "t", Level.NETWORK, Firmness.DEMAND), i);
        assertFalse(i.coreValue());
        assertEquals(List.of(), read.interestLinks());
        assertEquals(List.of("w1", "w2"), read.partners().get(0).positions().get(0).whys());
        // the new fields go with the next save; what this Koers does not know stays
        Dossier changed = read.withInterestLinks(List.of()).withPartner(read.partners().get(0)
                .withInterests(List.of(i.withCoreValue(true))));
        Path again = dir.resolve("oud-opnieuw.koers");
        store.write(changed, again);
        Dossier back = store.read(again);
        assertEquals(changed, back);
        assertTrue(back.partners().get(0).interests().get(0).coreValue());
        assertEquals(Map.of("enabled", true), back.unknownFields().get("futureFeature"));
        assertEquals(Map.of("zoom", new BigDecimal("1.25")), back.instrumentData().get("energiekaart"));
    }

    @Test
    void aCoreValueMarkThatIsNoYesOrNoNamesItsPlace() throws Exception {
        Problem p = problem(write("kern.koers", """
                {"format":"koers-dossier","schemaVersion":1,
                 "partners":[{"id":"a","interests":[{"id":"i","coreValue":"ja"}]}]}
                """), Kind.WRONG_TYPE);
        assertEquals("partners[0].interests[0].coreValue", p.where());
        assertTrue(p.message(Locale.of("nl")).contains("ja/nee"), p.message(Locale.of("nl")));
        assertEquals("interestLinks[0].interestIds", problem(write("link.koers", """
                {"format":"koers-dossier","schemaVersion":1,"interestLinks":[{"id":"l","interestIds":"i"}]}
                """), Kind.WRONG_TYPE).where());
    }

    // ---- broken files: each gets a message that names the file and what is wrong, and stays as it was

    @Test
    void truncatedFileNamesLineAndColumn() throws Exception {
        Path good = dir.resolve("good.koers");
        store.write(everything(), good);
        String full = Files.readString(good);
        Path cut = write("cut.koers", full.substring(0, full.length() / 2));
        Problem p = problem(cut, Kind.NOT_JSON);
        assertTrue(p.line() > 1, "line of the cut: " + p);
        assertTrue(p.message(Locale.ENGLISH).contains("stops halfway"), p.toString());
        assertTrue(p.message(Locale.of("nl")).contains("regel " + p.line()), p.message(Locale.of("nl")));
    }

    @Test
    void notJsonAtAll() throws Exception {
        Path file = write("brief.koers", "Beste partners,\nhierbij de notulen.");
        Problem p = problem(file, Kind.NOT_JSON);
        assertEquals(1, p.line());
        assertEquals(1, p.column());
    }

    @Test
    void brokenJsonPointsAtTheRightLine() throws Exception {
        Path file = write("komma.koers", "{\"format\":\"koers-dossier\",\n\"schemaVersion\":1,\n\"title\":\"x\" \"theme\":\"y\"}");
        Problem p = problem(file, Kind.NOT_JSON);
        assertEquals(3, p.line());
    }

    @Test
    void emptyFile() throws Exception {
        problem(write("leeg.koers", "  \n"), Kind.EMPTY);
    }

    @Test
    void missingFile() {
        problem(dir.resolve("nergens.koers"), Kind.NOT_FOUND);
    }

    @Test
    void jsonThatIsNotADossier() throws Exception {
        problem(write("array.koers", "[1,2,3]"), Kind.NOT_A_DOSSIER);
        problem(write("package.json", "{\"name\":\"koers\",\"version\":\"1.0\"}"), Kind.NOT_A_DOSSIER);
    }

    @Test
    void missingOrOddSchemaVersion() throws Exception {
        problem(write("nov.koers", "{\"format\":\"koers-dossier\"}"), Kind.NO_SCHEMA_VERSION);
        problem(write("strv.koers", "{\"format\":\"koers-dossier\",\"schemaVersion\":\"1\"}"), Kind.NO_SCHEMA_VERSION);
        problem(write("zero.koers", "{\"format\":\"koers-dossier\",\"schemaVersion\":0}"), Kind.NO_SCHEMA_VERSION);
    }

    @Test
    void aNewerSchemaSaysWhichVersionWroteIt() throws Exception {
        Problem p = problem(write("nieuw.koers", "{\"format\":\"koers-dossier\",\"schemaVersion\":7,\"title\":\"x\"}"),
                Kind.NEWER_SCHEMA);
        assertTrue(p.message(Locale.ENGLISH).contains("schema version 7"), p.toString());
        assertTrue(p.message(Locale.of("nl")).contains("nieuwere Koers"), p.message(Locale.of("nl")));
    }

    @Test
    void wrongTypesNameThePlace() throws Exception {
        Problem p = problem(write("types.koers", """
                {"format":"koers-dossier","schemaVersion":1,
                 "partners":[{"id":"a","name":"A"},{"id":"b","name":42}]}
                """), Kind.WRONG_TYPE);
        assertEquals("partners[1].name", p.where());
        assertTrue(p.message(Locale.ENGLISH).contains("expected text, found number"), p.toString());
        assertTrue(p.message(Locale.of("nl")).contains("verwacht tekst, gevonden getal"), p.message(Locale.of("nl")));
    }

    @Test
    void deepWrongTypesNameTheWholePath() throws Exception {
        Problem p = problem(write("lens.koers", """
                {"format":"koers-dossier","schemaVersion":1,
                 "partners":[{"id":"a","representatives":[{"name":"X","lenses":["POLITICAL","ROZE"]}]}]}
                """), Kind.NOT_ALLOWED);
        assertEquals("partners[0].representatives[0].lenses[1]", p.where());
        assertTrue(p.message(Locale.ENGLISH).contains("ROZE"), p.toString());
        assertTrue(p.message(Locale.ENGLISH).contains("UTILITARIAN"), p.toString());
    }

    @Test
    void aListWhereAnObjectBelongsAndTheOtherWayRound() throws Exception {
        assertEquals("partners", problem(write("p.koers",
                "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"partners\":{}}"), Kind.WRONG_TYPE).where());
        assertEquals("ambition", problem(write("a.koers",
                "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"ambition\":[]}"), Kind.WRONG_TYPE).where());
        assertEquals("partners[0].contributions[0].amount", problem(write("n.koers",
                "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"partners\":[{\"id\":\"a\",\"contributions\":[{\"amount\":\"veel\"}]}]}"),
                Kind.WRONG_TYPE).where());
        assertEquals("ambition.versions[0].date", problem(write("d.koers",
                "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"ambition\":{\"versions\":[{\"date\":\"gisteren\"}]}}"),
                Kind.WRONG_TYPE).where());
    }

    @Test
    void aPartnerWithoutIdIsRefused() throws Exception {
        assertEquals("partners[0].id", problem(write("noid.koers",
                "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"partners\":[{\"name\":\"A\"}]}"), Kind.MISSING).where());
    }

    @Test
    void invalidUtf8() throws Exception {
        Path file = dir.resolve("utf.koers");
        byte[] head = "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"title\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
        Files.write(file, concat(head, bad, tail));
        Problem p = problem(file, Kind.NOT_JSON);
        assertTrue(p.message(Locale.ENGLISH).contains("not UTF-8"), p.toString());
    }

    @Test
    void invalidUtf8InAFieldNameIsRefusedWithItsPlaceNotOpenedAndLostAtTheNextSave() throws Exception {
        // found by the fuzz campaign: the parser let U+110000 through in a name, and the saved file did not open
        Path file = dir.resolve("name.koers");
        byte[] head = "{\"format\":\"koers-dossier\",\n\"schemaVersion\":1,\n\"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80};
        byte[] tail = "x\":1}".getBytes(StandardCharsets.UTF_8);
        Files.write(file, concat(head, bad, tail));
        Problem p = problem(file, Kind.NOT_JSON);
        assertEquals(3, p.line(), p.toString());
        assertEquals(2, p.column(), p.toString());
    }

    @Test
    void anAmountNobodyTypesIsRefusedBeforeItCanHangASum() throws Exception {
        // found by the fuzz campaign: 1e100000000 opened, and adding 1.25 to it never finished
        Path file = write("huge.koers", """
                {"format":"koers-dossier","schemaVersion":1,"partners":[{"id":"a","name":"A","contributions":[
                  {"id":"c1","direction":"BRING","category":"PEOPLE","amount":1e100000000,"unit":"uur"}]}]}
                """);
        Problem p = problem(file, Kind.WRONG_TYPE);
        assertEquals("partners[0].contributions[0].amount", p.where());
        assertTrue(p.message(Locale.of("nl")).contains("18 cijfers"), p.toString());
        // the exponent just past an int: the scale's sign flips, and a check in int arithmetic let it through
        Path edge = write("edge.koers", """
                {"format":"koers-dossier","schemaVersion":1,"partners":[{"id":"a","name":"A","contributions":[
                  {"id":"c1","direction":"BRING","category":"PEOPLE","amount":1E+2147483648,"unit":"uur"}]}]}
                """);
        assertEquals("partners[0].contributions[0].amount", problem(edge, Kind.WRONG_TYPE).where());
        Path fine = write("fine.koers", """
                {"format":"koers-dossier","schemaVersion":1,"partners":[{"id":"a","name":"A","contributions":[
                  {"id":"c1","direction":"BRING","category":"MEANS","amount":250000000.50,"unit":"euro"}]}]}
                """);
        assertEquals(new java.math.BigDecimal("250000000.50"),
                store.read(fine).partners().get(0).contributions().get(0).amount());
    }

    @Test
    void duplicateKeysAndTrailingGarbage() throws Exception {
        Problem dup = problem(write("dup.koers", "{\"format\":\"koers-dossier\",\"title\":\"a\",\"title\":\"b\"}"), Kind.NOT_JSON);
        assertTrue(dup.message(Locale.ENGLISH).contains("occurs twice"), dup.toString());
        Problem trailing = problem(write("trail.koers", "{\"format\":\"koers-dossier\",\"schemaVersion\":1} {}"), Kind.NOT_JSON);
        assertTrue(trailing.message(Locale.ENGLISH).contains("more after the end"), trailing.toString());
    }

    @Test
    void aBrokenFileIsLeftExactlyAsItWas() throws Exception {
        Path file = write("kapot.koers", "{\"format\":\"koers-dossier\",\"schemaVersion\":1,\"partners\":[{\"id\":");
        byte[] before = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        assertThrows(DossierFileException.class, () -> store.read(file));
        store.validate(file);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    }

    // ---- validate: structure plus references

    @Test
    void validateFindsNothingInAGoodDossier() throws Exception {
        Path file = dir.resolve("ok.koers");
        store.write(everything(), file);
        assertEquals(List.of(), store.validate(file));
    }

    @Test
    void validateReportsDuplicateIdsAndDanglingReferences() throws Exception {
        Path file = write("refs.koers", """
                {"format":"koers-dossier","schemaVersion":1,
                 "partners":[{"id":"p1","positions":[{"id":"x1","text":"t","interestIds":["nope"]}]},{"id":"p1"}],
                 "canvas":{"notes":[{"id":"n1","blockId":"offer","partnerId":"ghost"}]}}
                """);
        List<Problem> problems = store.validate(file);
        assertEquals(List.of(Kind.UNKNOWN_REFERENCE, Kind.DUPLICATE_ID, Kind.UNKNOWN_REFERENCE),
                problems.stream().map(Problem::kind).toList(), problems.toString());
        assertEquals("partners[0].positions[0].interestIds[0]", problems.get(0).where());
        assertEquals("canvas.notes[0].partnerId", problems.get(2).where());
    }

    @Test
    void validateReportsALinkToAnInterestThatIsNotThere() throws Exception {
        Path file = write("links.koers", """
                {"format":"koers-dossier","schemaVersion":1,
                 "partners":[{"id":"p1","interests":[{"id":"i1"}]},{"id":"p2","interests":[{"id":"i2"}]}],
                 "interestLinks":[{"id":"l1","interestIds":["i1","i2"]},{"id":"l2","interestIds":["i1","weg"]}]}
                """);
        List<Problem> problems = store.validate(file);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Kind.UNKNOWN_REFERENCE, problems.get(0).kind());
        assertEquals("interestLinks[1].interestIds[1]", problems.get(0).where());
    }

    private Problem problem(Path file, Kind kind) {
        var e = assertThrows(DossierFileException.class, () -> store.read(file));
        assertEquals(kind, e.problem().kind(), e.getMessage());
        assertTrue(e.message(Locale.ENGLISH).startsWith(file.toString()), "names the file: " + e.getMessage());
        assertTrue(e.message(Locale.of("nl")).startsWith(file.toString()), "names the file: " + e.message(Locale.of("nl")));
        assertEquals(List.of(e.problem()), store.validate(file), "validate reports the same problem");
        return e.problem();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
