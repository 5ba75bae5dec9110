package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Amounts;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Level;
import nl.koers.domain.Limits;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Recognition;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.domain.SnapshotKind;
import nl.koers.domain.edit.DossierSession;
import nl.koers.domain.edit.Edits;
import nl.koers.store.DossierFileException;
import nl.koers.store.Problem.Kind;

/**
 * Every limit of {@link Limits}, at and just past it: a value at the limit is taken, saved by the real store to a
 * real file and opened again equal; a value past it is refused where it comes in, with the reason's key, so it
 * never reaches a file that would not open.
 */
class LimitsRoundTripTest {
    private final JsonDossierStore store = new JsonDossierStore();

    @TempDir
    Path dir;

    /** Saves and opens again: the dossier must come back equal. */
    private Dossier roundTrip(Dossier d) throws Exception {
        Path file = dir.resolve("grens.koers");
        store.write(d, file);
        Dossier opened = store.open(file).dossier();
        assertEquals(d, opened);
        return opened;
    }

    private static void refused(String key, Executable comesIn) {
        EditRefused e = assertThrows(EditRefused.class, comesIn);
        assertEquals(key, e.key());
        assertTrue(Words.has(e.key()), e.key());
    }

    /** Keys said in both languages: the domain's words. */
    private static final class Words {
        static boolean has(String key) {
            return nl.koers.domain.Texts.words(Locale.of("nl")).has(key)
                    && nl.koers.domain.Texts.words(Locale.ENGLISH).has(key);
        }
    }

    /** A text of exactly {@code length} chars, with letters of one, two, three and four UTF-8 bytes. */
    static String text(int length) {
        String pattern = "aë€\uD83D\uDE00"; // the last is one character in two chars
        StringBuilder b = new StringBuilder(length + pattern.length());
        while (b.length() < length) {
            b.append(pattern);
        }
        b.setLength(length);
        if (Character.isHighSurrogate(b.charAt(length - 1))) {
            b.setCharAt(length - 1, 'z'); // not half a character at the end
        }
        return b.toString();
    }

    /** A name of exactly {@code bytes} UTF-8 bytes, most of them in three-byte characters. */
    static String key(int bytes) {
        String euros = "€".repeat(bytes / 3 - 1);
        String key = euros + "k".repeat(bytes - euros.length() * 3);
        assertEquals(bytes, key.getBytes(StandardCharsets.UTF_8).length);
        return key;
    }

    // ---- texts

    @Test
    void aTextAtTheLimitIsSavedAndOpensAgain() throws Exception {
        String longest = text(Limits.TEXT_LENGTH);
        Partner p = Partner.of("Gemeente", Role.CORE).withEssence(longest);
        roundTrip(Dossier.titled("Teksten").withPartner(p));
    }

    @Test
    void aTextPastTheLimitIsRefusedByEveryRecord() {
        String tooLong = text(Limits.TEXT_LENGTH + 1);
        List<Function<String, Object>> places = List.of(Dossier::titled,
                t -> Dossier.titled("").withDetails("", t, "", null, null),
                t -> Partner.of(t, Role.CORE), t -> Partner.of("", Role.CORE).withEssence(t),
                t -> Representative.of(t, ""), t -> Representative.of("", t),
                t -> Interest.of(t, Level.NETWORK, Firmness.WISH), Position::of, t -> Position.of("").plusWhy(t),
                t -> new Position(null, "", List.of(t), List.of()), CoreValue::of,
                t -> Contribution.bring(Category.MEANS, t), t -> Contribution.bring(Category.MEANS, "").withAmount(null, t),
                t -> AmbitionVersion.of(1, null, t), t -> AmbitionVersion.of(1, null, "").withConcretisation(t),
                t -> new Fact(t, ""), t -> new Fact("", t), t -> new Endorsement(Recognition.YES, t),
                t -> CanvasNote.of("b", t, "", ""), t -> CanvasNote.of(t, "", "", ""),
                t -> CanvasNote.of("b", "", t, ""), t -> CanvasNote.of("b", "", "", t),
                t -> CanvasSnapshot.of(t, SnapshotKind.EVALUATION, null, List.of(), ""),
                t -> InterestLink.of(t, "a", "b"), t -> InterestLink.of("", "a", t),
                t -> new CoreValue(t, "id too long"),
                t -> Dossier.titled("").withInstrumentData("i", Map.of("tekst", t)));
        for (Function<String, Object> place : places) {
            refused("refused.TEXT_TOO_LONG", () -> place.apply(tooLong));
        }
    }

    @Test
    void aTypedTextPastTheLimitIsRefusedByTheEdit() {
        Partner p = Partner.of("Gemeente", Role.CORE);
        var session = new DossierSession(Dossier.titled("Teksten").withPartner(p));
        refused("refused.TEXT_TOO_LONG",
                () -> session.apply(Edits.setEssence(p.id(), text(Limits.TEXT_LENGTH + 1))));
        assertEquals("", session.dossier().partner(p.id()).orElseThrow().essence(), "nothing changed");
    }

    // ---- amounts

    @Test
    void amountsAtTheLimitAreSavedAndOpenAgain() throws Exception {
        String nines = "9".repeat(Limits.AMOUNT_DIGITS);
        List<BigDecimal> amounts = List.of(Amounts.parse(nines).orElseThrow(),
                Amounts.parse("-" + nines + "," + nines).orElseThrow(),
                Amounts.parse("0," + "0".repeat(Limits.AMOUNT_DIGITS - 1) + "1").orElseThrow(),
                Amounts.parse("999.999.999.999.999.999,5").orElseThrow(),
                new BigDecimal("1E+" + (Limits.AMOUNT_DIGITS - 1)));
        Partner p = Partner.of("Gemeente", Role.CORE);
        for (BigDecimal amount : amounts) {
            p = p.withContribution(Contribution.bring(Category.MEANS, "geld").withAmount(amount, "euro"));
        }
        Dossier opened = roundTrip(Dossier.titled("Bedragen").withPartner(p));
        assertEquals(amounts, opened.partners().get(0).contributions().stream().map(Contribution::amount).toList());
    }

    @Test
    void amountsPastTheLimitAreRefusedWhereTheyAreTypedOrMade() {
        String nines = "9".repeat(Limits.AMOUNT_DIGITS);
        for (String typed : List.of("1" + nines, "0," + nines + "1", "1." + "000.".repeat(6) + "000",
                "1" + nines + ",5", "1,5" + "0".repeat(Limits.AMOUNT_DIGITS))) {
            refused("refused.AMOUNT_TOO_LARGE", () -> Amounts.parse(typed));
        }
        for (String made : List.of("1E+" + Limits.AMOUNT_DIGITS, "1E-" + (Limits.AMOUNT_DIGITS + 1), "1E+2147483647",
                "1E-2147483647")) {
            refused("refused.AMOUNT_TOO_LARGE",
                    () -> Contribution.bring(Category.MEANS, "").withAmount(new BigDecimal(made), "euro"));
        }
        EditRefused e = assertThrows(EditRefused.class, () -> Amounts.parse("1" + nines));
        assertEquals("Het getal 1" + nines + " heeft te veel cijfers om te bewaren: ten hoogste 18 voor en 18 na de komma.",
                e.message(Locale.of("nl")));
    }

    // ---- names the file keeps something under

    @Test
    void namesAtTheLimitAreSavedAndOpenAgain() throws Exception {
        for (String name : List.of(key(Limits.KEY_BYTES), "x".repeat(Limits.KEY_BYTES))) {
            Partner p = new Partner(name, "Gemeente", Role.CORE, null, "", null, null, null, null);
            AmbitionVersion v = AmbitionVersion.of(1, LocalDate.of(2025, 3, 1), "Samen")
                    .withEndorsement(p.id(), new Endorsement(Recognition.YES, ""));
            roundTrip(Dossier.titled("Namen").withPartner(p).withAmbition(Ambition.NONE.withVersion(v))
                    .withInstrumentData(name, Map.of(name, "waarde")));
        }
    }

    @Test
    void namesPastTheLimitOrWithHalfACharacterAreRefused() {
        AmbitionVersion v = AmbitionVersion.of(1, LocalDate.of(2025, 3, 1), "Samen");
        Endorsement yes = new Endorsement(Recognition.YES, "");
        for (String name : List.of(key(Limits.KEY_BYTES + 1), "x".repeat(Limits.KEY_BYTES + 1))) {
            refused("refused.KEY_TOO_LONG", () -> v.withEndorsement(name, yes));
            refused("refused.KEY_TOO_LONG", () -> Dossier.titled("").withInstrumentData(name, "x"));
            refused("refused.KEY_TOO_LONG", () -> Dossier.titled("").withInstrumentData("i", Map.of(name, "x")));
        }
        for (String broken : List.of("a\uD800", "\uDC00a", "\uDE00\uD83D")) {
            refused("refused.KEY_BROKEN", () -> v.withEndorsement(broken, yes));
            refused("refused.KEY_BROKEN", () -> Dossier.titled("").withInstrumentData(broken, "x"));
        }
    }

    // ---- an instrument's data: nesting and numbers

    /** Maps and lists in turn, {@code levels} deep, a text at the bottom. */
    static Object nested(int levels) {
        Object tree = "bodem";
        for (int i = 0; i < levels; i++) {
            tree = i % 2 == 0 ? List.of(tree) : Map.of("n", tree);
        }
        return tree;
    }

    @Test
    void dataAtTheDeepestIsSavedAndOpensAgain() throws Exception {
        Map<String, Object> unknown = new LinkedHashMap<>();
        unknown.put("nieuwer", nested(Limits.DATA_DEPTH + 1)); // one level higher in the file: one level more
        Dossier d = new Dossier(null, "Diep", "", "", null, null, null, null, null,
                Map.of("instrument", nested(Limits.DATA_DEPTH)), unknown, null);
        roundTrip(d);
    }

    @Test
    void dataDeeperIsRefusedByTheEdit() {
        var session = new DossierSession(Dossier.titled("Diep"));
        refused("refused.DATA_TOO_DEEP",
                () -> session.apply(Edits.instrumentData("instrument", nested(Limits.DATA_DEPTH + 1))));
        refused("refused.DATA_TOO_DEEP", () -> new Dossier(null, "Diep", "", "", null, null, null, null, null,
                null, Map.of("nieuwer", nested(Limits.DATA_DEPTH + 2)), null));
    }

    @Test
    void numbersInDataAtTheLimitAreSavedAndOpenAgain() throws Exception {
        String digits = "7".repeat(Limits.NUMBER_DIGITS);
        List<Object> numbers = List.of(new BigInteger(digits), new BigInteger("-" + digits),
                new BigDecimal("1." + digits.substring(1)), new BigDecimal("-" + digits.substring(1) + ".5"),
                new BigDecimal(new BigInteger(digits), -2_000_000_000), new BigDecimal(new BigInteger(digits), 999),
                new BigDecimal(new BigInteger("-" + digits), 2_000_000_000));
        Dossier opened = roundTrip(Dossier.titled("Getallen").withInstrumentData("instrument", numbers));
        assertEquals(numbers, opened.instrumentData().get("instrument"));
    }

    @Test
    void numbersInDataPastTheLimitAreRefused() {
        String digits = "7".repeat(Limits.NUMBER_DIGITS + 1);
        for (Object number : List.of(new BigInteger(digits), new BigInteger("-" + digits),
                new BigDecimal(new BigInteger(digits), 5))) {
            refused("refused.NUMBER_TOO_LONG",
                    () -> Dossier.titled("").withInstrumentData("instrument", List.of(number)));
        }
    }

    @Test
    void aFileWithANumberTheDomainDoesNotTakeSaysSoInDutch() throws Exception {
        Path file = dir.resolve("lang-getal.koers");
        String number = "7".repeat(Limits.NUMBER_DIGITS + 10);
        Files.writeString(file, "{\"format\":\"koers-dossier\",\"schemaVersion\":" + nl.koers.store.DossierStore.SCHEMA_VERSION
                + ",\"title\":\"t\",\"instruments\":{\"i\":[" + number + "]}}");
        DossierFileException e = assertThrows(DossierFileException.class, () -> store.open(file));
        assertEquals(Kind.REFUSED, e.problem().kind());
        assertTrue(e.message(Locale.of("nl")).contains("heeft te veel cijfers om te bewaren: 1010, ten hoogste 1000"),
                e.message(Locale.of("nl")));
    }

    // ---- what has no limit

    @Test
    void aLongWhyLadderDatesRoundsAndOddTextsAreSavedAndOpenAgain() throws Exception {
        List<String> whys = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            whys.add("omdat " + i);
        }
        Position ladder = new Position(null, "Eerst een diploma", whys, List.of());
        // half a character, a NUL and a non-character are kept in texts (only names cannot hold them)
        Partner p = Partner.of("Gemeente \uD800 \u0000 \uFFFF \uD83D\uDE00", Role.CORE).withPosition(ladder);
        AmbitionVersion first = new AmbitionVersion(null, Integer.MIN_VALUE, LocalDate.MIN, "a", "", null, null);
        AmbitionVersion last = new AmbitionVersion(null, Integer.MAX_VALUE, LocalDate.MAX, "b", "", null, null);
        roundTrip(Dossier.titled("Zonder grens").withPartner(p)
                .withAmbition(Ambition.NONE.withVersion(first).withVersion(last))
                .withCanvasSnapshots(List.of(CanvasSnapshot.of("nu", SnapshotKind.EVALUATION, LocalDate.MAX,
                        List.of(CanvasNote.of("b", "x", "", p.id())), "standaard"))));
    }
}
