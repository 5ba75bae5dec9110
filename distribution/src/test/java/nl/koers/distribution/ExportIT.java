package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/koers export} through the real start script, without a display: the printables the installed
 * instruments offer, written as real PDFs and PNGs.
 */
class ExportIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String HEADER = "Printables of the installed instruments (id, format, name):";
    /** A line of {@code --list}: two spaces, the id, the format, the name. */
    private static final Pattern LISTED = Pattern.compile(" {2}(\\S+) +(PDF|PNG) {2}(.+)");

    @TempDir
    Path scratch;

    private KoersScript koers() {
        return new KoersScript(Installation.home(), scratch);
    }

    @Test
    void listNeedsNoDisplayAndNamesEveryPrintable() throws Exception {
        Path sample = sample();
        KoersScript.Run run = koers().run(ExportIT::noDisplay, TIMEOUT, "--lang", "en", "export", "--list",
                sample.getFileName().toString());
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("", run.err(), "nothing on stderr\n" + run.describe());
        List<String> lines = run.out().lines().toList();
        assertEquals(HEADER, lines.get(0), run.describe());
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(LISTED.matcher(line).matches() || line.startsWith("  (none:"), line + "\n" + run.describe());
        }
    }

    @Test
    void theNetwerkambitiePrintablesAreWrittenForTheSampleWithoutADisplay() throws Exception {
        Path sample = sample();
        List<String> ids = listed(sample).stream().map(Listed::id).toList();
        for (String id : List.of("netwerkambitie.cards.blank", "netwerkambitie.cards", "netwerkambitie.ambition.a3",
                "netwerkambitie.ambition.a0", "netwerkambitie.exchange")) {
            assertTrue(ids.contains(id), id + " is offered: " + ids);
        }
        KoersScript.Run run = koers().run(ExportIT::noDisplay, TIMEOUT, "--lang", "en", "export",
                sample.getFileName().toString(), "--out", "out");
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("", run.err(), "nothing on stderr: no AWT, PDFBox or framework noise\n" + run.describe());
        Path out = scratch.resolve("out");
        for (Listed printable : listed(sample)) {
            assertValid(out.resolve(printable.fileName()), printable.format());
        }
        // the sample has five partners: one card each, on A4
        try (PDDocument cards = Loader.loadPDF(out.resolve("netwerkambitie.cards.pdf").toFile());
                PDDocument blank = Loader.loadPDF(out.resolve("netwerkambitie.cards.blank.pdf").toFile())) {
            assertEquals(5, cards.getNumberOfPages());
            assertEquals(5, blank.getNumberOfPages());
            assertEquals(595, Math.round(cards.getPage(0).getMediaBox().getWidth()));
            assertEquals(842, Math.round(cards.getPage(0).getMediaBox().getHeight()));
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(cards);
            assertTrue(text.contains("Gemeente Waalstede") && text.contains("Jeugdzorg De Overstap"), text);
        }
        try (PDDocument a3 = Loader.loadPDF(out.resolve("netwerkambitie.ambition.a3.pdf").toFile());
                PDDocument a0 = Loader.loadPDF(out.resolve("netwerkambitie.ambition.a0.pdf").toFile())) {
            assertEquals(1191, Math.round(a3.getPage(0).getMediaBox().getWidth()), "A3 landscape");
            assertEquals(2384, Math.round(a0.getPage(0).getMediaBox().getWidth()), "A0 portrait");
            assertEquals(3370, Math.round(a0.getPage(0).getMediaBox().getHeight()), "A0 portrait");
        }
    }

    @Test
    void anUnknownPrintableIsAUsageError() throws Exception {
        Path sample = sample();
        KoersScript.Run run = koers().run(ExportIT::noDisplay, TIMEOUT, "--lang", "en", "export",
                sample.getFileName().toString(), "no.such.printable");
        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.err().contains("\"no.such.printable\""), run.describe());
    }

    /** One printable as {@code --list} shows it. */
    private record Listed(String id, String format, String name) {
        String fileName() {
            return id + "." + format.toLowerCase();
        }
    }

    private List<Listed> listed(Path sample) throws Exception {
        KoersScript.Run run = koers().run(ExportIT::noDisplay, TIMEOUT, "--lang", "en", "export", "--list",
                sample.getFileName().toString());
        assertEquals(0, run.exitCode(), run.describe());
        return run.out().lines().map(LISTED::matcher).filter(Matcher::matches)
                .map(m -> new Listed(m.group(1), m.group(2), m.group(3))).toList();
    }

    private static void assertValid(Path file, String format) throws Exception {
        assertTrue(Files.isRegularFile(file), file.toString());
        if (format.equals("PDF")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertTrue(pdf.getNumberOfPages() > 0, file.toString());
            }
        } else {
            BufferedImage image = ImageIO.read(file.toFile());
            assertNotNull(image, file + " is not an image");
            assertTrue(image.getWidth() > 100 && image.getHeight() > 100, file.toString());
        }
    }

    private Path sample() throws Exception {
        return SampleDossier.copyTo(scratch)
                .orElseThrow(() -> new AssertionError("nl.koers.shell ships no samples/*.koers to export"));
    }

    static void noDisplay(Map<String, String> environment) {
        environment.remove("DISPLAY");
        environment.remove("WAYLAND_DISPLAY");
    }
}
