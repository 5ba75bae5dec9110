package nl.koers.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;

/** {@code Renderer.write}: a printable's pages into a folder, as a file named after it, written atomically. */
class WriteTest {
    private final PdfBoxRenderer renderer = new PdfBoxRenderer();
    private final Dossier dossier = Dossier.titled("Jongeren aan het werk");

    @TempDir
    Path folder;

    /** A printable that makes the pages it is given. */
    record Fixed(String id, Format format, List<Page> made) implements Printable {
        @Override
        public String name(Locale locale) {
            return id;
        }

        @Override
        public List<Page> pages(Dossier dossier, Locale locale) {
            return made;
        }
    }

    @Test
    void aPdfPrintableBecomesIdDotPdfWithAllItsPages() throws IOException {
        Path file = renderer.write(new Fixed("netwerkambitie.cards", Printable.Format.PDF, List.of(
                PdfBoxRendererTest.page(PageSize.A4_PORTRAIT, "kaart 1"),
                PdfBoxRendererTest.page(PageSize.A4_PORTRAIT, "kaart 2"))), dossier, Locale.of("nl"), folder);
        assertEquals(folder.resolve("netwerkambitie.cards.pdf"), file);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertEquals(2, document.getNumberOfPages());
        }
        assertEquals(List.of(file), filesIn(folder), "no temp file left behind");
    }

    @Test
    void aPngPrintableBecomesAPictureOfItsFirstPage() throws IOException {
        Path file = renderer.write(new Fixed("overview", Printable.Format.PNG,
                List.of(PdfBoxRendererTest.page(PageSize.A3_LANDSCAPE, "overzicht"))), dossier, Locale.ENGLISH, folder);
        assertEquals("overview.png", file.getFileName().toString());
        var image = ImageIO.read(file.toFile());
        assertEquals(Math.round(420 / 25.4 * PrintableFile.PNG_DPI), image.getWidth(), 1);
    }

    @Test
    void posterPngsGetFewerDotsSoTheyStayManageable() {
        assertEquals(150, PrintableFile.pngDpi(PageSize.A3_LANDSCAPE));
        assertTrue(PrintableFile.pngDpi(PageSize.A0_PORTRAIT) * 1189 / 25.4 <= PrintableFile.PNG_MAX_SIDE_PX);
    }

    @Test
    void anExistingFileIsReplacedWholeAndAMissingFolderIsMade() throws IOException {
        Path sub = folder.resolve("uit");
        Files.createDirectories(sub);
        Files.writeString(sub.resolve("x.pdf"), "oud");
        Path file = renderer.write(new Fixed("x", Printable.Format.PDF,
                List.of(PdfBoxRendererTest.page(PageSize.A4_PORTRAIT, "nieuw"))), dossier, Locale.ENGLISH, sub);
        assertTrue(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Path made = renderer.write(new Fixed("y", Printable.Format.PDF,
                List.of(PdfBoxRendererTest.page(PageSize.A4_PORTRAIT, "y"))), dossier, Locale.ENGLISH, folder.resolve("a/b"));
        assertTrue(Files.isRegularFile(made));
    }

    @Test
    void aFailingPageLeavesTheOldFileAndNoTempFile() throws IOException {
        Files.writeString(folder.resolve("kapot.pdf"), "de vorige versie");
        Printable failing = new Fixed("kapot", Printable.Format.PDF,
                List.of(new Page(PageSize.A4_PORTRAIT, List.of(new nl.koers.instrument.api.figure.Label(
                        10, 10, 50, 10, "x", Double.NaN, false, null, null)))));
        assertThrows(RuntimeException.class, () -> renderer.write(failing, dossier, Locale.ENGLISH, folder));
        assertEquals("de vorige versie", Files.readString(folder.resolve("kapot.pdf")));
        assertEquals(List.of(folder.resolve("kapot.pdf")), filesIn(folder));
    }

    @Test
    void aPrintableWithNothingToShowIsAClearError() {
        var e = assertThrows(IllegalArgumentException.class, () -> renderer.write(
                new Fixed("leeg", Printable.Format.PDF, List.of()), dossier, Locale.ENGLISH, folder));
        assertEquals("printable leeg made no pages for dossier \"Jongeren aan het werk\"", e.getMessage());
    }

    @Test
    void anIdThatIsNoPlainFileNameIsRefused() {
        for (String id : List.of("../buiten", ".verborgen", "map/bestand", "")) {
            assertThrows(IllegalArgumentException.class, () -> renderer.write(new Fixed(id, Printable.Format.PDF,
                    List.of(PdfBoxRendererTest.page(PageSize.A4_PORTRAIT, "x"))), dossier, Locale.ENGLISH, folder), id);
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
