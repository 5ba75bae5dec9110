package nl.koers.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;
import nl.koers.render.internal.PdfBoxRenderer;
import nl.koers.store.internal.JsonDossierStore;

/** {@code koers export} with the real renderer and store, and printables written for the test. */
class ExportCommandTest {
    private static final Locale DUTCH = Locale.of("nl");

    /** One A4 card per partner, with Dutch words on it. */
    static class Cards implements Printable {
        @Override
        public String id() {
            return "test.kaarten";
        }

        @Override
        public String name(Locale locale) {
            return locale.getLanguage().equals("en") ? "Interest cards" : "Belangenkaarten";
        }

        @Override
        public Format format() {
            return Format.PDF;
        }

        @Override
        public List<Page> pages(Dossier dossier, Locale locale) {
            return dossier.partners().stream().map(p -> new Page(PageSize.A4_PORTRAIT, List.of(
                    Label.of(20, 20, 170, 12, "Belangenkaart van " + p.name(), 18).inBold(),
                    Label.of(20, 40, 170, 40, "Wat wij brengen: kennis en ideeën; wat wij halen: een coöperatie "
                            + "met \u201everbinding\u201d.", 12)))).toList();
        }
    }

    /** A printable as a plugin might be: broken. */
    static final class Broken implements Printable {
        public String id() {
            return "test.kapot";
        }

        public String name(Locale locale) {
            return "Kapot";
        }

        public Format format() {
            return Format.PDF;
        }

        public List<Page> pages(Dossier dossier, Locale locale) {
            throw new IllegalStateException("de plugin struikelt");
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final JsonDossierStore store = new JsonDossierStore();
    private final ExportCommand command = new ExportCommand(new PdfBoxRenderer(), store);

    @TempDir
    Path dir;

    private Path dossier;

    /** A printable of a bundle of Koers's own. */
    private void offer(Printable printable) {
        command.addPrintable(printable, 1, "nl.koers.instrument.test");
    }

    @BeforeEach
    void aDossierWithTwoPartners() throws IOException {
        dossier = dir.resolve("samenwerking.koers");
        store.write(Dossier.titled("Jongeren aan het werk").withPartner(Partner.of("Gemeente Zoëterwoude", Role.CORE))
                .withPartner(Partner.of("ROC Naïade", Role.CHAIN)), dossier);
    }

    @Test
    void listShowsEachPrintableWithItsFormatAndNameInTheLanguage() {
        offer(new Cards());
        assertEquals(0, run(DUTCH, "--list", "samenwerking.koers"));
        List<String> lines = out().lines().toList();
        assertEquals("Afdrukken van de geïnstalleerde instrumenten (id, vorm, naam):", lines.get(0));
        assertEquals("  test.kaarten  PDF  Belangenkaarten", lines.get(1));
        out.reset();
        assertEquals(0, run(Locale.ENGLISH, "--list"));
        assertTrue(out().contains("test.kaarten  PDF  Interest cards"), out());
    }

    @Test
    void aPrintablesNameCannotSteerTheTerminal() {
        offer(new Cards() {
            @Override
            public String name(Locale locale) {
                return "Kaarten\u001B[2J\u001B]0;pwned\u0007\u202Enetraak";
            }
        });
        assertEquals(0, run(DUTCH, "--list"));
        assertTrue(out().contains("  test.kaarten  PDF  Kaarten\\u001B[2J\\u001B]0;pwned\\u0007\\u202Enetraak"), out());
        assertTrue(out().chars().noneMatch(c -> c == 0x1B || c == 0x07 || c == 0x202E), out());
    }

    @Test
    void anIdBelongsToTheBundleInstalledFirstAndALaterDuplicateIsListedAsRefused() throws IOException {
        Cards copy = new Cards() {
            @Override
            public List<Page> pages(Dossier dossier, Locale locale) {
                throw new IllegalStateException("de kopie is gebruikt");
            }
        };
        command.addPrintable(copy, 40, "nl.voorbeeld.kopie");
        command.addPrintable(new Cards(), 12, "nl.koers.instrument.test");
        assertEquals(0, run(DUTCH, "--list"));
        assertEquals(List.of("Afdrukken van de geïnstalleerde instrumenten (id, vorm, naam):",
                "  test.kaarten  PDF  Belangenkaarten",
                "  test.kaarten  (geweigerd: nl.voorbeeld.kopie biedt deze afdruk ook aan, maar hij is van nl.koers.instrument.test)"),
                out().lines().toList());
        out.reset();
        assertEquals(0, run(DUTCH, "samenwerking.koers", "test.kaarten"), err());
        assertEquals("test.kaarten.pdf (2 pagina’s)", out().strip());
    }

    @Test
    void listWithoutPrintablesSaysSo() {
        assertEquals(0, run(DUTCH, "--list", "samenwerking.koers"));
        assertTrue(out().startsWith("Afdrukken van de geïnstalleerde instrumenten"), out());
        assertTrue(out().lines().toList().get(1).startsWith("  (geen:"), out());
    }

    @Test
    void exportWritesEachPrintableNextToTheDossierAndSaysWhereAndHowManyPages() throws IOException {
        offer(new Cards());
        assertEquals(0, run(DUTCH, "samenwerking.koers"), err());
        assertEquals("test.kaarten.pdf (2 pagina\u2019s)", out().strip());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("test.kaarten.pdf").toFile())) {
            assertEquals(2, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Belangenkaart van Gemeente Zoëterwoude") && text.contains("ROC Naïade"), text);
            assertTrue(text.contains("ideeën") && text.contains("coöperatie"), text);
        }
    }

    @Test
    void exportWritesTheChosenPrintablesIntoTheOutFolder() throws IOException {
        offer(new Cards());
        offer(new Broken());
        Path elsewhere = dir.resolve("uit");
        assertEquals(0, run(Locale.ENGLISH, "samenwerking.koers", "test.kaarten", "--out", elsewhere.toString()), err());
        assertEquals("uit/test.kaarten.pdf (2 pages)", out().strip());
        assertEquals(List.of(elsewhere.resolve("test.kaarten.pdf")), files(elsewhere));
    }

    @Test
    void exportWritesOverNoFileWithoutForce() throws IOException {
        offer(new Cards());
        Path kept = Files.writeString(dir.resolve("test.kaarten.pdf"), "de kaarten van vorige week");
        assertEquals(Command.FAILED, run(DUTCH, "samenwerking.koers"));
        assertEquals("Niets geschreven: deze bestanden bestaan al:\n  test.kaarten.pdf\nMet --force worden ze "
                + "overschreven.\n", err());
        assertEquals("", out());
        assertEquals("de kaarten van vorige week", Files.readString(kept));
        // a link where the file would go counts as a file too: the link is not followed, nor replaced
        Path target = Files.writeString(dir.resolve("elders.txt"), "iets anders");
        Path folder = Files.createDirectories(dir.resolve("uit"));
        Files.createSymbolicLink(folder.resolve("test.kaarten.pdf"), target);
        err.reset();
        assertEquals(Command.FAILED, run(Locale.ENGLISH, "samenwerking.koers", "--out", "uit"));
        assertTrue(err().startsWith("Nothing written: these files exist already:\n  uit/test.kaarten.pdf\n"
                + "--force overwrites them."), err());
        assertEquals("iets anders", Files.readString(target));
    }

    @Test
    void exportWithForceWritesOverTheFile() throws IOException {
        offer(new Cards());
        Files.writeString(dir.resolve("test.kaarten.pdf"), "de kaarten van vorige week");
        assertEquals(Command.OK, run(DUTCH, "samenwerking.koers", "--force"), err());
        assertEquals("test.kaarten.pdf (2 pagina\u2019s)", out().strip());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("test.kaarten.pdf").toFile())) {
            assertEquals(2, pdf.getNumberOfPages());
        }
        assertEquals(List.of(dir.resolve("samenwerking.koers"), dir.resolve("test.kaarten.pdf")), files(dir));
    }

    @Test
    void anUnknownIdIsAUsageErrorThatNamesTheValidOnes() {
        offer(new Cards());
        offer(new Broken());
        assertEquals(Command.USAGE, run(DUTCH, "samenwerking.koers", "test.kaarten", "test.bestaatniet"));
        assertTrue(err().contains("\u201etest.bestaatniet\u201d") && err().contains("test.kaarten, test.kapot"), err());
        assertFalse(Files.exists(dir.resolve("test.kaarten.pdf")), "nothing is written when the call is wrong");
    }

    @Test
    void aDossierThatCannotBeReadFailsWithItsProblemNamingTheFile() throws IOException {
        offer(new Cards());
        Files.writeString(dir.resolve("kapot.koers"), "{\"format\":\"koers-dossier\",");
        assertEquals(Command.FAILED, run(DUTCH, "kapot.koers"));
        assertTrue(err().contains("kapot.koers") && err().contains("regel 1"), err());
        assertEquals(Command.FAILED, run(DUTCH, "--list", "bestaat-niet.koers"));
        assertTrue(err().contains("bestaat-niet.koers"), err());
    }

    @Test
    void aPrintableThatFailsIsReportedAndTheOthersAreStillWritten() {
        offer(new Broken());
        offer(new Cards());
        assertEquals(Command.FAILED, run(DUTCH, "samenwerking.koers"));
        assertTrue(err().contains("De afdruk test.kapot is mislukt") && err().contains("de plugin struikelt"), err());
        assertTrue(Files.exists(dir.resolve("test.kaarten.pdf")));
        assertTrue(out().contains("test.kaarten.pdf (2 pagina\u2019s)"), out());
    }

    @Test
    void aPrintableWithNothingToShowIsSkippedNotFailed() throws IOException {
        offer(new Cards());
        store.write(Dossier.titled("Nog niemand"), dir.resolve("leeg.koers"));
        assertEquals(0, run(DUTCH, "leeg.koers"), err());
        assertEquals("test.kaarten: niets af te drukken voor dit dossier, overgeslagen", out().strip());
        assertFalse(Files.exists(dir.resolve("test.kaarten.pdf")));
    }

    @Test
    void withoutPrintablesThereIsNothingToExport() {
        assertEquals(0, run(DUTCH, "samenwerking.koers"));
        assertTrue(out().contains("Niets te exporteren"), out());
    }

    @Test
    void aPrintableThatGoesAwayIsNoLongerOffered() {
        Cards cards = new Cards();
        offer(cards);
        command.unbindPrintable(cards);
        assertEquals(Command.USAGE, run(DUTCH, "samenwerking.koers", "test.kaarten"));
    }

    @Test
    void wrongCallsSayHowToCallIt() {
        for (List<String> wrong : List.of(List.<String>of(), List.of("--out"), List.of("a.koers", "--out"),
                List.of("--list", "a.koers", "b.koers"), List.of("a.koers", "--frobnicate"),
                List.of("--list", "--force"))) {
            err.reset();
            assertEquals(Command.USAGE, run(Locale.ENGLISH, wrong.toArray(String[]::new)), wrong.toString());
            assertTrue(err().startsWith("Usage: koers export"), err());
        }
    }

    @Test
    void bothLanguagesHaveTheSameExportTexts() {
        var dutch = nl.koers.domain.Texts.load("nl.koers.cli.internal.Messages", DUTCH, getClass().getClassLoader());
        var english = nl.koers.domain.Texts.load("nl.koers.cli.internal.Messages", Locale.ENGLISH,
                getClass().getClassLoader());
        assertEquals(dutch.keys(), english.keys());
        assertEquals("x (1 page)", english.format("export.written", "x", 1));
        assertEquals("x (12 pagina\u2019s)", dutch.format("export.written", "x", 12));
    }

    private int run(Locale locale, String... arguments) {
        CommandContext context = new CommandContext(locale, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(context, List.of(arguments));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.sorted().toList());
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
