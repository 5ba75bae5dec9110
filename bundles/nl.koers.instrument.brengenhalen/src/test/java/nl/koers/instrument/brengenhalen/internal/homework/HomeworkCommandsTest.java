package nl.koers.instrument.brengenhalen.internal.homework;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.store.DossierStore;
import nl.koers.document.internal.Registry;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/** {@code koers homework-forms} and {@code koers import-homework} with the real store, on real files. */
class HomeworkCommandsTest {
    private static final Locale NL = Locale.of("nl");

    @TempDir
    Path dir;

    private final DossierStore store = new JsonDossierStore();
    private Command forms;
    private Command importer;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path dossierFile;

    @BeforeEach
    void aDossierOnDisk() throws IOException {
        dossierFile = dir.resolve("jongeren.koers");
        store.write(HomeworkDossiers.small(), dossierFile);
        Path data = dir.resolve("data");
        Registry documents = new Registry(store, new FileRecoveryStore(data), new FileLocalHistory(data, 5),
                new FileDossierLocks(), 5);
        forms = new HomeworkFormsCommand(store, documents);
        importer = new ImportHomeworkCommand(documents, Duration.ofMillis(500));
    }

    @Test
    void namesAndSummaries() {
        assertEquals("homework-forms", forms.name());
        assertEquals("import-homework", importer.name());
        for (Command c : List.of(forms, importer)) {
            for (Locale l : List.of(NL, Locale.ENGLISH)) {
                assertFalse(c.summary(l).isBlank() || c.summary(l).contains("!"), c.summary(l));
            }
            assertFalse(c.summary(NL).equals(c.summary(Locale.ENGLISH)));
        }
    }

    @Test
    void homeworkFormsWritesOneFillableFormPerPartner() throws Exception {
        assertEquals(Command.OK, run(forms, "jongeren.koers", "--out", "uit"));
        List<String> names = List.of("huiswerk-gemeente-waalstede.pdf", "huiswerk-roc-lingedal.pdf",
                "huiswerk-cooperatie-de-eik-zn.pdf");
        for (String name : names) {
            assertTrue(out().contains("uit/" + name), out());
            try (PDDocument pdf = Loader.loadPDF(dir.resolve("uit").resolve(name).toFile())) {
                PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
                assertTrue(form.getField("essence") != null && form.getField("get.OTHER.1.demand") != null);
            }
        }
        try (Stream<Path> files = Files.list(dir.resolve("uit"))) {
            assertEquals(3, files.count());
        }
        // without --out: next to the dossier
        assertEquals(Command.OK, run(forms, "jongeren.koers"));
        assertTrue(Files.exists(dir.resolve("huiswerk-roc-lingedal.pdf")));
    }

    @Test
    void homeworkFormsGivesADossierWithoutKeyOneAndSavesItBeforeTheForms() throws Exception {
        store.write(HomeworkDossiers.withoutKey(), dossierFile);
        assertEquals(Command.OK, run(forms, "jongeren.koers", "--out", "uit"));
        Dossier saved = store.read(dossierFile);
        byte[] key = FormKey.of(saved).orElseThrow();
        assertEquals(32, key.length);
        // the forms were made with the key that was saved: they read back into the saved dossier
        HomeworkImport.read(dir.resolve("uit/huiswerk-roc-lingedal.pdf"), saved);
        // a second run keeps the key, so the forms sent out earlier stay valid
        assertEquals(Command.OK, run(forms, "jongeren.koers", "--out", "uit2"));
        assertArrayEquals(key, FormKey.of(store.read(dossierFile)).orElseThrow());
        HomeworkImport.read(dir.resolve("uit/huiswerk-roc-lingedal.pdf"), store.read(dossierFile));
    }

    @Test
    void homeworkFormsWritesOverNothingWithoutForce() throws Exception {
        assertEquals(Command.OK, run(forms, "jongeren.koers", "--out", "uit"));
        Path gemeente = dir.resolve("uit/huiswerk-gemeente-waalstede.pdf");
        Files.writeString(gemeente, "een ander bestand met deze naam", StandardCharsets.UTF_8);
        byte[] roc = Files.readAllBytes(dir.resolve("uit/huiswerk-roc-lingedal.pdf"));
        clear();
        assertEquals(Command.FAILED, run(forms, "jongeren.koers", "--out", "uit"));
        assertTrue(err().startsWith("Niets geschreven: deze bestanden bestaan al:\n  uit/huiswerk-gemeente-waalstede.pdf\n"
                + "  uit/huiswerk-roc-lingedal.pdf\n  uit/huiswerk-cooperatie-de-eik-zn.pdf\nMet --force"), err());
        assertEquals("", out());
        assertEquals("een ander bestand met deze naam", Files.readString(gemeente));
        assertArrayEquals(roc, Files.readAllBytes(dir.resolve("uit/huiswerk-roc-lingedal.pdf")));
        // --force writes them over: blank forms and other files alike
        clear();
        assertEquals(Command.OK, run(forms, "jongeren.koers", "--out", "uit", "--force"));
        assertEquals(3, out().lines().count(), out());
        HomeworkImport.read(gemeente, store.read(dossierFile));
        assertNoTemporaryFiles();
    }

    @Test
    void aFilledFormInTheOutputFolderSurvivesForce() throws Exception {
        assertEquals(Command.OK, run(forms, "jongeren.koers", "--out", "uit"));
        // the school fills in its form and it is saved back where it was made, before anyone imported it
        Path roc = dir.resolve("uit/huiswerk-roc-lingedal.pdf");
        Path filled = HomeworkDossiers.fill(roc, dir.resolve("ingevuld.pdf"),
                Map.of("essence", "Samen een leerroute"));
        Files.move(filled, roc, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] answers = Files.readAllBytes(roc);
        clear();
        assertEquals(Command.FAILED, run(forms, "jongeren.koers", "--out", "uit"));
        assertTrue(err().contains("  uit/huiswerk-roc-lingedal.pdf (ingevuld formulier, met antwoorden die nog niet "
                + "in het dossier staan)"), err());
        clear();
        assertEquals(Command.FAILED, run(forms, "jongeren.koers", "--out", "uit", "--force"));
        assertTrue(err().contains("uit/huiswerk-roc-lingedal.pdf is niet overschreven: het is een ingevuld formulier"),
                err());
        assertEquals(List.of("uit/huiswerk-gemeente-waalstede.pdf", "uit/huiswerk-cooperatie-de-eik-zn.pdf"),
                out().lines().toList());
        assertArrayEquals(answers, Files.readAllBytes(roc));
        // once its answers are in the dossier, the form holds nothing that would be lost
        assertEquals(Command.OK, run(importer, "jongeren.koers", "uit/huiswerk-roc-lingedal.pdf"));
        clear();
        assertEquals(Command.OK, run(forms, "jongeren.koers", "--out", "uit", "--force"));
        assertTrue(out().contains("uit/huiswerk-roc-lingedal.pdf"), out());
    }

    @Test
    void homeworkFormsSaysWhatIsWrong() throws Exception {
        assertEquals(Command.USAGE, run(forms));
        assertEquals(Command.USAGE, run(forms, "a.koers", "b.koers"));
        assertEquals(Command.USAGE, run(forms, "a.koers", "--zip"));
        assertEquals(Command.FAILED, run(forms, "weg.koers"));
        assertTrue(err().contains("weg.koers"), err());
        store.write(Dossier.titled("Leeg"), dir.resolve("leeg.koers"));
        assertEquals(Command.OK, run(forms, "leeg.koers"));
        assertTrue(out().contains("geen partners"), out());
    }

    @Test
    void aFirstImportOfEmptyAnswersSavesWithoutYes() throws Exception {
        Path filled = filledRoc("roc.pdf", "2,5");
        assertEquals(Command.OK, run(importer, "jongeren.koers", "roc.pdf"));
        assertTrue(out().contains("roc.pdf: ROC Lingedal ("), out());
        assertTrue(out().contains("  brengen, mensen: hoeveel: (leeg) \u2192 2,5"), out());
        assertTrue(out().contains("jongeren.koers opgeslagen."), out());
        Dossier saved = store.read(dossierFile);
        assertEquals("Samen een leerroute", saved.partner("p-roc").orElseThrow().essence());
        // the same form again: nothing changes, and the file is not written again
        byte[] before = Files.readAllBytes(dossierFile);
        clear();
        assertEquals(Command.OK, run(importer, "jongeren.koers", filled.getFileName().toString()));
        assertTrue(out().contains("(geen wijzigingen)") && out().contains("niet opnieuw opgeslagen"), out());
        assertArrayEquals(before, Files.readAllBytes(dossierFile));
    }

    @Test
    void aDossierSomeoneElseHasOpenIsNotWrittenAndTheMessageSaysWhoHasIt() throws Exception {
        filledRoc("roc.pdf", "2,5");
        byte[] before = Files.readAllBytes(dossierFile);
        try (var elsewhere = new FileDossierLocks().lock(dossierFile)) {
            assertEquals(Command.FAILED, run(importer, "jongeren.koers", "roc.pdf"));
        }
        assertTrue(err().contains("jongeren.koers"), err());
        assertTrue(err().contains("geopend"), err());
        assertFalse(out().contains("opgeslagen"), out());
        assertArrayEquals(before, Files.readAllBytes(dossierFile));
    }

    @Test
    void overwritingEarlierAnswersNeedsYes() throws Exception {
        filledRoc("roc.pdf", "2,5");
        assertEquals(Command.OK, run(importer, "jongeren.koers", "roc.pdf"));
        byte[] before = Files.readAllBytes(dossierFile);
        filledRoc("roc-2.pdf", "3");
        clear();
        assertEquals(Command.FAILED, run(importer, "jongeren.koers", "roc-2.pdf"));
        assertTrue(out().contains("  brengen, mensen: hoeveel: 2,5 \u2192 3"), out());
        assertTrue(err().contains("--yes"), err());
        assertArrayEquals(before, Files.readAllBytes(dossierFile), "nothing written without --yes");
        clear();
        assertEquals(Command.OK, run(importer, "jongeren.koers", "roc-2.pdf", "--yes"));
        assertTrue(out().contains("opgeslagen"), out());
        assertEquals(0, store.read(dossierFile).partner("p-roc").orElseThrow().contributions().get(0).amount()
                .compareTo(java.math.BigDecimal.valueOf(3)));
        assertNoTemporaryFiles();
    }

    @Test
    void anEmptiedLineIsReportedAndKeptUnlessRemoveMissingIsGiven() throws Exception {
        Dossier d = store.read(dossierFile);
        Path blank = new HomeworkForm(NL).write(d, d.partner("p-gemeente").orElseThrow(), dir.resolve("blank.pdf"));
        HomeworkDossiers.fill(blank, dir.resolve("gemeente.pdf"), Map.of("get.PEOPLE.2.description", ""));
        Files.delete(blank);
        assertEquals(Command.OK, run(importer, "jongeren.koers", "gemeente.pdf"));
        assertTrue(out().contains("  leeggemaakt in het formulier: halen, mensen: Een tweede wens om mensen"), out());
        assertTrue(out().contains("Deze regel blijft in het dossier staan; voer de opdracht uit met --remove-missing"),
                out());
        assertTrue(store.read(dossierFile).partner("p-gemeente").orElseThrow().hasContribution("c-g3"), "kept");
        clear();
        assertEquals(Command.OK, run(importer, "jongeren.koers", "gemeente.pdf", "--remove-missing"));
        assertTrue(out().contains("Deze regel is uit het dossier gehaald (--remove-missing)."), out());
        assertTrue(out().contains("jongeren.koers opgeslagen."), out());
        Partner saved = store.read(dossierFile).partner("p-gemeente").orElseThrow();
        assertFalse(saved.hasContribution("c-g3"), "removed");
        assertEquals(List.of("c-g1", "c-g2"), saved.contributions().stream().map(c -> c.id()).toList());
        assertNoTemporaryFiles();
    }

    @Test
    void severalFormsInOneRunAreSavedTogether() throws Exception {
        filledRoc("roc.pdf", "2,5");
        Dossier d = store.read(dossierFile);
        Path blank = new HomeworkForm(NL).write(d, d.partner("p-coop").orElseThrow(), dir.resolve("blank.pdf"));
        HomeworkDossiers.fill(blank, dir.resolve("coop.pdf"), Map.of("coreValue", "Als iemand zonder overleg besluit"));
        assertEquals(Command.OK, run(importer, "jongeren.koers", "roc.pdf", "coop.pdf"));
        Dossier saved = store.read(dossierFile);
        assertEquals("Samen een leerroute", saved.partner("p-roc").orElseThrow().essence());
        assertEquals("Als iemand zonder overleg besluit",
                saved.partner("p-coop").orElseThrow().coreValues().get(0).text());
        assertEquals(1, out().lines().filter(l -> l.contains("opgeslagen")).count(), "saved once: " + out());
        assertNoTemporaryFiles();
    }

    @Test
    void aSecondFormOfTheSamePartnerInOneImportIsRefusedNamingBoth() throws Exception {
        filledRoc("roc.pdf", "2,5");
        filledRoc("roc-nog-een.pdf", "7");
        assertEquals(Command.FAILED, run(importer, "jongeren.koers", "roc.pdf", "roc-nog-een.pdf"));
        assertTrue(err().contains("Geweigerd: roc-nog-een.pdf: dit is een tweede huiswerkformulier van "
                + "\u2018ROC Lingedal\u2019 in deze import, na roc.pdf"), err());
        // the first is imported, the second changes nothing
        assertEquals(0, store.read(dossierFile).partner("p-roc").orElseThrow().contributions().get(0).amount()
                .compareTo(new java.math.BigDecimal("2.5")));
    }

    @Test
    void aFormWhosePartnerIdWasChangedLeavesTheOtherPartnersAnswersAlone() throws Exception {
        byte[] before = Files.readAllBytes(dossierFile);
        Path roc = filledRoc("roc.pdf", "2,5");
        HomeworkDossiers.fill(roc, dir.resolve("gemeente.pdf"), Map.of(HomeworkFields.PARTNER_ID, "p-gemeente"));
        assertEquals(Command.FAILED, run(importer, "jongeren.koers", "gemeente.pdf", "--yes"));
        assertTrue(err().contains("Geweigerd: gemeente.pdf: de controlewaarde van dit huiswerkformulier klopt niet"),
                err());
        assertArrayEquals(before, Files.readAllBytes(dossierFile));
    }

    @Test
    void aRefusedFormIsReportedAndTheOthersGoOn() throws Exception {
        filledRoc("roc.pdf", "2,5");
        Files.writeString(dir.resolve("brief.pdf"), "geen pdf", StandardCharsets.UTF_8);
        assertEquals(Command.FAILED, run(importer, "jongeren.koers", "brief.pdf", "roc.pdf", "weg.pdf"));
        assertTrue(err().contains("Geweigerd: brief.pdf: dit is geen PDF-bestand."), err());
        assertTrue(err().contains("Geweigerd: weg.pdf: dit bestand bestaat niet."), err());
        assertEquals("Samen een leerroute", store.read(dossierFile).partner("p-roc").orElseThrow().essence());
    }

    @Test
    void onlyRefusedFormsLeaveTheDossierUntouched() throws Exception {
        byte[] before = Files.readAllBytes(dossierFile);
        Files.writeString(dir.resolve("brief.pdf"), "geen pdf", StandardCharsets.UTF_8);
        assertEquals(Command.FAILED, run(importer, "jongeren.koers", "brief.pdf"));
        assertArrayEquals(before, Files.readAllBytes(dossierFile));
        // a form of another dossier
        Path otherFile = dir.resolve("ander.koers");
        store.write(Dossier.titled("Zorg in de wijk").withPartners(HomeworkDossiers.small().partners()), otherFile);
        filledRoc("roc.pdf", "2,5");
        byte[] other = Files.readAllBytes(otherFile);
        clear();
        assertEquals(Command.FAILED, run(importer, "ander.koers", "roc.pdf", "--yes"));
        assertTrue(err().contains("hoort bij een andere samenwerking"), err());
        assertArrayEquals(other, Files.readAllBytes(otherFile));
    }

    @Test
    void aDossierThatCannotBeReadIsReportedAndNothingIsWritten() throws Exception {
        filledRoc("roc.pdf", "2,5");
        Path broken = Files.writeString(dir.resolve("kapot.koers"), "{ \"format\": ", StandardCharsets.UTF_8);
        assertEquals(Command.FAILED, run(importer, "kapot.koers", "roc.pdf", "--yes"));
        assertTrue(err().contains("kapot.koers"), err());
        assertEquals("{ \"format\": ", Files.readString(broken));
        assertEquals(Command.FAILED, run(importer, "weg.koers", "roc.pdf"));
        assertFalse(Files.exists(dir.resolve("weg.koers")));
    }

    @Test
    void aPartnersAnswerIsPrintedVisiblyAndCannotSteerTheTerminal() throws Exception {
        Dossier d = store.read(dossierFile);
        Path blank = new HomeworkForm(NL).write(d, d.partner("p-roc").orElseThrow(), dir.resolve("blank.pdf"));
        // the answer clears the screen and renames the window; the file's name colours the terminal red
        String name = "roc\u001B[31m.pdf";
        HomeworkDossiers.withValue(blank, dir.resolve(name), "essence", "Samen\u001B[2J\u001B]0;pwned\u0007");
        assertEquals(Command.OK, run(importer, "jongeren.koers", name));
        assertTrue(out().contains("roc\\u001B[31m.pdf: ROC Lingedal (1 wijziging)"), out());
        assertTrue(out().contains("  essentie en ambitie: (leeg) \u2192 Samen\\u001B[2J\\u001B]0;pwned\\u0007"),
                out());
        assertTrue((out() + err()).chars().noneMatch(c -> c < 0x20 && c != '\n'), out() + err());
    }

    @Test
    void wrongArgumentsShowHowToCallIt() throws Exception {
        assertEquals(Command.USAGE, run(importer));
        assertEquals(Command.USAGE, run(importer, "jongeren.koers"));
        assertEquals(Command.USAGE, run(importer, "jongeren.koers", "--yes"));
        assertEquals(Command.USAGE, run(importer, "jongeren.koers", "a.pdf", "--force"));
        assertTrue(err().contains("koers import-homework DOSSIER.koers"), err());
    }

    @Test
    void speaksEnglish() throws Exception {
        filledRoc("roc.pdf", "2,5");
        assertEquals(Command.OK, run(importer, Locale.ENGLISH, "jongeren.koers", "roc.pdf"));
        assertTrue(out().contains("  bring, people: how much: (empty) \u2192 2.5"), out());
        assertTrue(out().contains("jongeren.koers saved."), out());
    }

    /** The school's form, filled in with an amount of people it brings. */
    private Path filledRoc(String name, String people) throws Exception {
        Dossier d = store.read(dossierFile);
        Path blank = new HomeworkForm(NL).write(d, d.partner("p-roc").orElseThrow(), dir.resolve("blank-" + name));
        Path filled = HomeworkDossiers.fill(blank, dir.resolve(name), Map.of("essence", "Samen een leerroute",
                "bring.PEOPLE.1.description", "Stagebegeleiders", "bring.PEOPLE.1.amount", people,
                "bring.PEOPLE.1.unit", "fte"));
        Files.delete(blank);
        return filled;
    }

    private int run(Command command, String... args) throws Exception {
        return run(command, NL, args);
    }

    private int run(Command command, Locale locale, String... args) throws Exception {
        CommandContext context = new CommandContext(locale, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(context, new ArrayList<>(Arrays.asList(args)));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void clear() {
        out.reset();
        err.reset();
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> hidden = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertEquals(List.of(), hidden);
        }
    }
}
