package nl.koers.instrument.api.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.Limits;
import nl.koers.domain.edit.DossierSession;

class InstrumentDataTest {
    enum Level { LOW, HIGH }

    record Note(String id, String text) {
        Note {
            java.util.Objects.requireNonNull(id, "id");
        }
    }

    record Inner(int count, List<Level> levels) { }

    record Everything(String text, boolean flag, int small, long large, BigDecimal amount, LocalDate day,
            Level level, Integer maybe, List<String> words, Map<String, Long> totals, Inner inner,
            List<Note> notes, Map<String, List<Inner>> nested) { }

    record Board(List<Note> notes, Map<String, Level> marks) { }

    @DataVersion(2)
    record BoardV2(List<Note> notes, Map<String, Level> marks, String title) { }

    private static final InstrumentData<Everything> EVERYTHING = InstrumentData.of("proef", Everything.class);
    private static final InstrumentData<Board> BOARD = InstrumentData.of("bord", Board.class);
    private final Dossier start = Dossier.titled("Proef");

    private static Map<?, ?> tree(Dossier d, String id) {
        return (Map<?, ?>) d.instrumentData().get(id);
    }

    @Test
    void everySupportedTypeComesBackAsItWasWritten() {
        Everything value = new Everything("Werk \u00e9n taal", true, -7, 9_000_000_000L, new BigDecimal("1234.50"),
                LocalDate.of(2026, 3, 1), Level.HIGH, 42, List.of("a", "b"), Map.of("x", 3L),
                new Inner(2, List.of(Level.LOW, Level.HIGH)), List.of(new Note("n1", "eerste")),
                Map.of("k", List.of(new Inner(1, List.of()))));
        Dossier d = EVERYTHING.write(value).applyTo(start);
        assertEquals(value, EVERYTHING.read(d));
        Map<?, ?> t = tree(d, "proef");
        assertEquals("2026-03-01", t.get("day"), "a date is an ISO text in the file");
        assertEquals("HIGH", t.get("level"), "an enum is its name");
        assertEquals(1, t.get(InstrumentData.VERSION_KEY));
    }

    @Test
    void numbersAsTheStoreReadsThemBackAreReadAsTheRecordsTypes() {
        // the store reads small whole numbers as Integer and decimals as BigDecimal, whatever was written
        Dossier d = start.withInstrumentData("proef", Map.of("large", 5, "small", new BigDecimal("3"),
                "amount", 12, "totals", Map.of("x", new BigDecimal("2.5"), "y", 4)));
        Everything e = EVERYTHING.read(d);
        assertEquals(5L, e.large());
        assertEquals(3, e.small());
        assertEquals(new BigDecimal("12"), e.amount());
        assertEquals(Map.of("y", 4L), e.totals(), "2.5 is no long: left out, not rounded");
    }

    @Test
    void withoutDataTheEmptyValueIsReadAndWritingItLeavesNothingBehind() {
        Everything e = EVERYTHING.read(start);
        assertEquals("", e.text());
        assertEquals(List.of(), e.words());
        assertEquals(new Inner(0, List.of()), e.inner());
        assertNull(e.day());
        assertNull(e.maybe());
        Dossier d = BOARD.write(BOARD.empty()).applyTo(start);
        assertFalse(d.instrumentData().containsKey("bord"));
    }

    @Test
    void anUpgradeBringsVersionOneDataToVersionTwoOnRead() {
        InstrumentData<BoardV2> v2 = InstrumentData.of("bord", BoardV2.class).from(1, tree -> {
            tree.put("title", "van " + ((List<?>) tree.get("notes")).size() + " notities");
            tree.put("marks", Map.of("r1", "low".equals(tree.remove("mark")) ? "LOW" : "HIGH"));
            return tree;
        });
        // version 1 of the plugin kept one mark, in lower case, and had no title
        Dossier old = start.withInstrumentData("bord",
                Map.of("notes", List.of(Map.of("id", "n1", "text", "a")), "mark", "low"));
        BoardV2 read = v2.read(old);
        assertEquals("van 1 notities", read.title());
        assertEquals(Map.of("r1", Level.LOW), read.marks());
        assertEquals(1, v2.storedVersion(old));

        Dossier written = v2.update(b -> new BoardV2(b.notes(), b.marks(), "Bord")).applyTo(old);
        Map<?, ?> t = tree(written, "bord");
        assertEquals(2, t.get(InstrumentData.VERSION_KEY));
        assertFalse(t.containsKey("mark"), "written in version 2: the old field went in the upgrade");
        assertEquals(read.marks(), v2.read(written).marks());
        assertThrows(IllegalStateException.class, () -> InstrumentData.of("bord", BoardV2.class).read(old),
                "no way up from version 1 is a plugin's mistake, said at once");
    }

    @Test
    void dataOfANewerVersionIsReadAsFarAsItCanReportedAndNeverWrittenOver() {
        Map<String, Object> newer = new LinkedHashMap<>();
        newer.put(InstrumentData.VERSION_KEY, 3);
        newer.put("notes", List.of(Map.of("id", "n1", "text", "a", "colour", "red")));
        newer.put("layout", Map.of("zoom", 2));
        Dossier d = start.withInstrumentData("bord", newer);
        assertTrue(BOARD.readOnly(d));
        assertEquals(3, BOARD.storedVersion(d));
        assertEquals(List.of(new Note("n1", "a")), BOARD.read(d).notes());

        EditRefused refused = assertThrows(EditRefused.class,
                () -> BOARD.update(b -> new Board(List.of(), b.marks())).applyTo(d));
        assertEquals(EditRefused.Reason.DATA_FROM_NEWER_VERSION, refused.reason());
        assertTrue(refused.message(java.util.Locale.of("nl")).contains("nieuwere versie"), refused.getMessage());
        assertEquals(newer, tree(d, "bord"), "untouched");
        assertFalse(BOARD.readOnly(start));
    }

    @Test
    void keysAndEntriesThisVersionCannotReadAreKeptOnWrite() {
        Dossier d = start.withInstrumentData("bord", Map.of(
                "notes", List.of(Map.of("id", "n1", "text", "a", "colour", "red"), "not a note",
                        Map.of("id", "n2", "text", "b")),
                "marks", Map.of("r1", "LEAD", "r2", "LOW"),
                "layout", Map.of("zoom", 2)));
        assertEquals(Map.of("r2", Level.LOW), BOARD.read(d).marks(), "a level this version does not know");

        // rename n2, drop r2's mark, add r3's: the rest of what a newer version wrote stays
        d = BOARD.update(b -> new Board(List.of(b.notes().get(0), new Note("n2", "B")),
                Map.of("r3", Level.HIGH))).applyTo(d);
        Map<?, ?> t = tree(d, "bord");
        assertEquals(Map.of("zoom", 2), t.get("layout"));
        List<?> notes = (List<?>) t.get("notes");
        assertEquals(List.of(Map.of("id", "n1", "text", "a", "colour", "red"), "not a note",
                Map.of("id", "n2", "text", "B")), notes);
        assertEquals(Map.of("r1", "LEAD", "r3", "HIGH"), t.get("marks"));

        // the notes are matched by id, not by place: removing the first leaves the second's keys its own, and
        // what this version cannot read keeps its place (or the end, when the list became shorter)
        d = BOARD.write(new Board(List.of(new Note("n2", "B")), Map.of())).applyTo(d);
        assertEquals(List.of(Map.of("id", "n2", "text", "B"), "not a note"), tree(d, "bord").get("notes"));
    }

    @Test
    void textsKeysAndNumbersPastTheLimitsAreRefusedAsTheDomainRefusesThem() {
        String tooLong = "x".repeat(Limits.TEXT_LENGTH + 1);
        assertEquals(EditRefused.Reason.TEXT_TOO_LONG, assertThrows(EditRefused.class,
                () -> BOARD.write(new Board(List.of(new Note("n", tooLong)), Map.of())).applyTo(start)).reason());
        assertEquals(EditRefused.Reason.KEY_TOO_LONG, assertThrows(EditRefused.class,
                () -> BOARD.write(new Board(List.of(), Map.of("k".repeat(Limits.KEY_BYTES + 1), Level.LOW)))
                        .applyTo(start)).reason());
        assertEquals(EditRefused.Reason.KEY_BROKEN, assertThrows(EditRefused.class,
                () -> BOARD.write(new Board(List.of(), Map.of("\ud800", Level.LOW))).applyTo(start)).reason());
        BigDecimal huge = BigDecimal.TEN.pow(Limits.NUMBER_DIGITS + 1);
        Everything e = EVERYTHING.empty();
        Everything withHuge = new Everything(e.text(), e.flag(), e.small(), e.large(), huge, e.day(), e.level(),
                e.maybe(), e.words(), e.totals(), e.inner(), e.notes(), e.nested());
        assertEquals(EditRefused.Reason.NUMBER_TOO_LONG,
                assertThrows(EditRefused.class, () -> EVERYTHING.write(withHuge).applyTo(start)).reason());
    }

    @Test
    void aRecordWithATypeAFileCannotHoldIsRefusedNamingTheComponent() {
        record Bad(String name, java.util.Set<String> tags) { }
        record BadKey(Map<Integer, String> byNumber) { }
        record Clash(String dataVersion) { }
        var e = assertThrows(IllegalArgumentException.class, () -> InstrumentData.of("x", Bad.class));
        assertTrue(e.getMessage().startsWith("Bad.tags: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InstrumentData.of("x", BadKey.class));
        assertThrows(IllegalArgumentException.class, () -> InstrumentData.of("x", Clash.class));
        assertThrows(IllegalArgumentException.class, () -> BOARD.from(1, t -> t), "Board is version 1");
    }

    @Test
    void anUpdateIsOneEditThatUndoTakesBackAndAppliesToTheDataAsItIsThen() {
        DossierSession session = new DossierSession(start);
        session.apply(BOARD.update(b -> new Board(List.of(new Note("n1", "a")), b.marks())));
        // made before the next change, applied after it: it changes the data as it is then
        var mark = BOARD.update(b -> new Board(b.notes(), Map.of("r1", Level.HIGH)));
        session.apply(BOARD.update(b -> new Board(List.of(b.notes().get(0), new Note("n2", "b")), b.marks())));
        session.apply(mark);
        assertEquals(2, BOARD.read(session.dossier()).notes().size());
        assertEquals(Optional.of(InstrumentData.EDIT_LABEL), session.undoLabel());
        session.undo();
        assertEquals(Map.of(), BOARD.read(session.dossier()).marks());
        session.undo();
        session.undo();
        assertFalse(session.dossier().instrumentData().containsKey("bord"));
    }

    @Test
    void dataThatIsReadAndWrittenUnchangedStaysAsItWasWithItsVersion() {
        Dossier d = start.withInstrumentData("bord", Map.of("notes", List.of(Map.of("id", "n1", "text", "a")),
                "extra", true));
        Dossier again = BOARD.update(b -> b).applyTo(d);
        assertEquals(Map.of("notes", List.of(Map.of("id", "n1", "text", "a")), "extra", true, "dataVersion", 1),
                tree(again, "bord"));
    }
}
