package nl.koers.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Partner;
import nl.koers.domain.Texts;
import nl.koers.store.internal.JsonDossierStore;

/**
 * {@code bin/koers report} of the assembled distribution, end to end, for the sample dossier and the generated one of
 * 200 partners: the documents read back contain every partner and the current ambition, the agreement note every
 * endorsement of the current round and the report every remark on it. Prints how long the command took for 200 partners (goal: under 10 s).
 */
class ReportEndToEndTest {
    private static final Path DISTRIBUTION = Path.of(System.getProperty("koers.benchmarks.distribution",
            "../../distribution/target/koers"));
    private static final long LIMIT_SECONDS = 120;

    private final JsonDossierStore store = new JsonDossierStore();

    @TempDir
    Path dir;

    @Test
    void theSampleDossierInEveryFormat() throws Exception {
        Path sample = sample();
        Dossier dossier = store.read(sample);
        for (String format : formats()) {
            check(dossier, write(sample, format, "report"), write(sample, format, "--agreement"));
        }
    }

    @Test
    void aDossierOf200PartnersInEveryFormat() throws Exception {
        Dossier dossier = GeneratedDossier.of(200);
        Path file = dir.resolve("generated-200.koers");
        store.write(dossier, file);
        long floor = run(List.of("--version"));
        for (String format : formats()) {
            long start = System.nanoTime();
            String report = write(file, format, "report");
            long reportMillis = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            String note = write(file, format, "--agreement");
            long noteMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "bin/koers report, 200 partners, %s: report %d ms, agreement note %d ms "
                    + "(bin/koers --version alone: %d ms)%n", format, reportMillis, noteMillis, floor);
            check(dossier, report, note);
        }
    }

    /**
     * Every partner in both documents; the current ambition in both; every endorsement of the current round in the
     * note, as a row, and its remark in the report (the Netwerkambitie chapter's table of the round).
     */
    private static void check(Dossier dossier, String report, String note) {
        Texts words = Texts.words(Locale.of("nl"));
        for (Partner partner : dossier.partners()) {
            assertTrue(report.contains(partner.name()), partner.name() + " in the report");
        }
        AmbitionVersion current = dossier.ambition().current().orElseThrow();
        assertTrue(note.contains(collapsed(current.statement())), "the current ambition in the note");
        assertTrue(report.contains(collapsed(current.statement())), "the current ambition in the report");
        current.endorsements().values().stream().filter(e -> !e.remark().isEmpty()).forEach(e ->
                assertTrue(report.contains(collapsed(e.remark())), e.remark() + " in the report"));
        for (Partner partner : dossier.partners()) {
            Endorsement endorsement = current.endorsements().get(partner.id());
            String row = partner.name() + " " + words.label(endorsement.recognition())
                    + (endorsement.remark().isEmpty() ? "" : " " + endorsement.remark());
            assertTrue(note.contains(collapsed(row)), row + " in the note");
        }
    }

    /** Writes the report (or with {@code --agreement} the note) and reads its text back, white space collapsed. */
    private String write(Path dossier, String format, String what) throws Exception {
        Path out = dir.resolve(dossier.getFileName() + "-" + what.replace("-", "") + "." + format);
        List<String> arguments = new ArrayList<>(List.of("report", dossier.toString(), "--format", format, "--out",
                out.toString(), "--force"));
        if (what.equals("--agreement")) {
            arguments.add(what);
        }
        run(arguments);
        return format.equals("pdf") ? pdfText(out) : docxText(out);
    }

    /** Runs bin/koers without a display; {@return how long it took in milliseconds} */
    private long run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(DISTRIBUTION.resolve("bin/koers").toString(), "--lang", "nl"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        long start = System.nanoTime();
        Process koers = builder.start();
        String output = new String(koers.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(koers.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS), "bin/koers " + arguments + " ended");
        assertEquals(0, koers.exitValue(), "bin/koers " + arguments + ":\n" + output);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static List<String> formats() {
        return List.of("pdf", "docx");
    }

    private Path sample() throws IOException {
        try (var bundles = Files.list(DISTRIBUTION.resolve("bundles"))) {
            Path shell = bundles.filter(b -> b.getFileName().toString().startsWith("nl.koers.shell-")).findFirst()
                    .orElseThrow();
            try (JarFile jar = new JarFile(shell.toFile())) {
                var entry = jar.stream().filter(e -> e.getName().startsWith("samples/")
                        && e.getName().endsWith(".koers")).findFirst().orElseThrow();
                Path copy = dir.resolve("sample.koers");
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, copy);
                }
                return copy;
            }
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return collapsed(new PDFTextStripper().getText(document));
        }
    }

    /** The DOCX read back with the library that wrote it: paragraphs and table cells in document order. */
    private static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return collapsed(extractor.getText());
        }
    }

    static String collapsed(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
