package nl.koers.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import nl.koers.domain.IssueStatus;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportWriter;
import nl.koers.render.internal.PdfReportWriter;
import nl.koers.report.internal.ReportsComponent;
import nl.koers.store.internal.JsonDossierStore;

/** {@code koers report} with the real report service, PDF writer and store. */
class ReportCommandTest {
    private static final Locale DUTCH = Locale.of("nl");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final JsonDossierStore store = new JsonDossierStore();
    private final ReportsComponent reports = new ReportsComponent((what, e) -> { }, Clock.systemDefaultZone(),
            Duration.ofSeconds(30));
    private final ReportCommand command = new ReportCommand(reports, store);

    @TempDir
    Path dir;

    @BeforeEach
    void aDossierWithTwoPartnersAndAWriterForPdf() throws IOException {
        reports.addWriter(new PdfReportWriter(), "pdf", 20);
        Partner gemeente = Partner.of("Gemeente Zoëterwoude", Role.CORE);
        store.write(Dossier.titled("Jongeren aan het werk").withPartner(gemeente)
                .withPartner(Partner.of("ROC Naïade", Role.CHAIN)).withOpenIssues(List.of(new OpenIssue(null,
                        "Wie betaalt de coördinator?", gemeente.id(), "", null, IssueStatus.OPEN))),
                dir.resolve("samenwerking.koers"));
    }

    @Test
    void theReportIsWrittenAsPdfNextToTheDossierWithEveryPartner() throws IOException {
        assertEquals(Command.OK, run(DUTCH, "samenwerking.koers"), err());
        assertEquals("samenwerking-verslag.pdf (3 hoofdstukken)", out().strip());
        String text = text(dir.resolve("samenwerking-verslag.pdf"));
        for (String expected : List.of("Jongeren aan het werk", "Partners", "Gemeente Zoëterwoude", "ROC Naïade",
                "Spannende punten en afspraken", "Wie betaalt de coördinator?", "Bijlage: over dit verslag")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertEquals(List.of("samenwerking-verslag.pdf", "samenwerking.koers"), files(), "no file left behind");
    }

    @Test
    void theChosenChaptersInTheChosenOrderIntoTheOutFile() throws IOException {
        assertEquals(Command.OK, run(Locale.ENGLISH, "samenwerking.koers", "--chapters",
                "koers.spannendepunten,koers.partners", "--out", "nieuw/uit.pdf"), err());
        assertEquals("nieuw/uit.pdf (2 chapters)", out().strip());
        String text = text(dir.resolve("nieuw/uit.pdf"));
        assertTrue(text.lastIndexOf("Who takes it up") < text.lastIndexOf("2 partners are at the table"), text);
        assertFalse(text.contains("Appendix"), text);
    }

    @Test
    void theFacilitatorsOwnTextsOpenAndCloseTheReport() throws IOException {
        Files.writeString(dir.resolve("inleiding.txt"), "Welkom bij het verslag van de werkplaats.\n");
        Files.writeString(dir.resolve("slot.txt"), "Tot de volgende ronde.");
        assertEquals(Command.OK, run(DUTCH, "samenwerking.koers", "--introduction", "inleiding.txt", "--closing",
                "slot.txt", "--chapters", "koers.partners"), err());
        assertEquals("samenwerking-verslag.pdf (3 hoofdstukken)", out().strip());
        String text = text(dir.resolve("samenwerking-verslag.pdf"));
        assertTrue(text.lastIndexOf("Welkom bij het verslag") < text.lastIndexOf("2 partners aan tafel")
                && text.lastIndexOf("2 partners aan tafel") < text.lastIndexOf("Tot de volgende ronde."), text);
        out.reset();
        assertEquals(Command.FAILED, run(DUTCH, "samenwerking.koers", "--introduction", "weg.txt", "--force"));
        assertTrue(err().startsWith("Niets geschreven: de tekst weg.txt is niet te lezen"), err());
    }

    @Test
    void theAgreementNoteIsWrittenWithItsPartsToFillIn() throws IOException {
        Files.createDirectories(dir.resolve("nota's"));
        assertEquals(Command.OK, run(DUTCH, "samenwerking.koers", "--agreement", "--out", "nota's"), err());
        assertEquals("nota's/samenwerking-afsprakennota.pdf (5 hoofdstukken)", out().strip());
        String text = text(dir.resolve("nota's/samenwerking-afsprakennota.pdf"));
        assertTrue(text.contains("Afsprakennota: Jongeren aan het werk"), text);
        assertTrue(text.contains("De gedeelde ambitie: formuleer samen waar de samenwerking voor gaat."), text);
    }

    @Test
    void listShowsTheChaptersOfTheDossier() {
        assertEquals(Command.OK, run(DUTCH, "--list", "samenwerking.koers"), err());
        assertEquals(List.of("Hoofdstukken van het verslag voor dit dossier (id, titel), in de standaardvolgorde:",
                "  koers.partners         Partners", "  koers.spannendepunten  Spannende punten en afspraken",
                "  koers.bijlage          Bijlage: over dit verslag"), out().lines().toList());
    }

    @Test
    void anUnknownChapterIsAUsageErrorThatNamesTheChaptersThereAre() throws IOException {
        assertEquals(Command.USAGE, run(DUTCH, "samenwerking.koers", "--chapters", "koers.partners,energie"));
        assertEquals("Onbekend hoofdstuk \u201eenergie\u201d. Dit dossier heeft: koers.partners, "
                + "koers.spannendepunten, koers.bijlage\n", err());
        assertEquals(List.of("samenwerking.koers"), files());
    }

    @Test
    void aFormatWithoutAWriterSaysWhichThereAre() throws IOException {
        assertEquals(Command.FAILED, run(DUTCH, "samenwerking.koers", "--format", "docx"));
        assertEquals("Er is geen schrijver voor docx ge\u00efnstalleerd. Wel voor: pdf\n", err());
        err.reset();
        assertEquals(Command.USAGE, run(Locale.ENGLISH, "samenwerking.koers", "--format", "odt"));
        assertEquals("Unknown format \"odt\". Choose from: pdf, docx\n", err());
        assertEquals(List.of("samenwerking.koers"), files());
    }

    @Test
    void aDamagedDossierFailsWithItsProblemNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("kapot.koers"), "{\"format\":\"koers-dossier\",");
        assertEquals(Command.FAILED, run(DUTCH, "kapot.koers"));
        assertTrue(err().contains("kapot.koers") && err().contains("regel 1"), err());
        assertEquals(List.of("kapot.koers", "samenwerking.koers"), files());
    }

    @Test
    void aFileThatExistsIsKeptUnlessForceAndAFailedWriteKeepsIt() throws IOException {
        Path old = Files.writeString(dir.resolve("samenwerking-verslag.pdf"), "het verslag van vorige week");
        assertEquals(Command.FAILED, run(DUTCH, "samenwerking.koers"));
        assertEquals("Niets geschreven: samenwerking-verslag.pdf bestaat al. Met --force wordt het overschreven.\n",
                err());
        reports.addWriter(new HalfWay(), "docx", 30);
        Files.writeString(dir.resolve("samenwerking-verslag.docx"), "het verslag van vorige week");
        err.reset();
        assertEquals(Command.FAILED, run(DUTCH, "samenwerking.koers", "--format", "docx", "--force"));
        assertTrue(err().startsWith("Het verslag samenwerking-verslag.docx is niet geschreven: "
                + "java.io.IOException: schijf vol"), err());
        assertEquals("het verslag van vorige week", Files.readString(dir.resolve("samenwerking-verslag.docx")));
        assertEquals(List.of("samenwerking-verslag.docx", "samenwerking-verslag.pdf", "samenwerking.koers"), files());
        assertEquals(Command.OK, run(DUTCH, "samenwerking.koers", "--force"), err());
        assertTrue(text(old).contains("ROC Naïade"));
    }

    @Test
    void wrongCallsSayHowToCallIt() {
        for (List<String> wrong : List.of(List.<String>of(), List.of("a.koers", "b.koers"),
                List.of("a.koers", "--out"), List.of("a.koers", "--agreement", "--chapters", "koers.partners"),
                List.of("a.koers", "--chapters", ","), List.of("--list", "a.koers", "--agreement"),
                List.of("a.koers", "--agreement", "--closing", "slot.txt"),
                List.of("a.koers", "--out", "x", "--out", "y"),
                List.of("a.koers", "--frobnicate"))) {
            err.reset();
            assertEquals(Command.USAGE, run(Locale.ENGLISH, wrong.toArray(String[]::new)), wrong.toString());
            assertTrue(err().startsWith("Usage: koers report"), err());
        }
    }

    /** A writer that fails after it wrote a part, as on a full disk. */
    private static final class HalfWay implements ReportWriter {
        @Override
        public String format() {
            return "docx";
        }

        @Override
        public void write(Report report, OutputStream out, Progress progress) throws IOException {
            out.write(new byte[100_000]);
            throw new IOException("schijf vol");
        }
    }

    /** The PDF's text with every run of white space one space: where a line wraps is the writer's business. */
    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private int run(Locale locale, String... arguments) {
        CommandContext context = new CommandContext(locale, dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(context, List.of(arguments));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
