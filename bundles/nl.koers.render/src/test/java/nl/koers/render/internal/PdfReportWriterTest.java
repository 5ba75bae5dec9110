package nl.koers.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Line;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.Report;

/**
 * The PDF report, read back with PDFBox: every text whole, the page numbers and the contents right, the margins
 * kept.
 */
class PdfReportWriterTest {
    private static final Locale NL = Locale.of("nl");
    private static final String FIGURE_TEXT = "Gedeelde kern van het netwerk";
    /** A row taller than a page: its words are numbered, so each can be found exactly once. */
    private static final String TALL_CELL = String.join(" ",
            IntStream.rangeClosed(1, 1400).mapToObj(i -> "woord" + i).toList());

    private final PdfReportWriter writer = new PdfReportWriter();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void everyTextIsThereWholeAndNothingIsCut() throws IOException {
        Report report = sample();
        String text = flat(text(write(report)));
        List<String> expected = new ArrayList<>(List.of(report.title()));
        report.cover().forEach(f -> expected.addAll(List.of(f.label(), f.value())));
        for (Report.Chapter chapter : report.chapters()) {
            expected.add(chapter.title());
            for (Block block : chapter.blocks()) {
                switch (block) {
                    case Block.Heading h -> expected.add(h.text());
                    case Block.Paragraph p -> expected.add(p.text());
                    case Block.Bullets b -> expected.addAll(b.items());
                    case Block.Table t -> {
                        expected.addAll(t.header());
                        t.rows().stream().flatMap(List::stream).filter(c -> c != TALL_CELL).forEach(expected::add);
                    }
                    case Block.Figure f -> expected.addAll(List.of(f.caption(), FIGURE_TEXT));
                }
            }
        }
        for (String whole : expected) {
            assertTrue(text.contains(flat(whole)), () -> "not whole in the PDF: " + whole);
        }
        assertFalse(text.contains(VisibleLines.ELLIPSIS), "nothing is cut with an ellipsis");
        assertTrue(text.contains("Nog in te vullen"), "the part to fill in is marked");
        for (int i = 1; i <= 1400; i++) {
            assertEquals(1, count(text, "woord" + i + " ") + (text.endsWith("woord" + i) ? 1 : 0)
                    + count(text, "woord" + i + "\n"), "the row taller than a page holds woord" + i + " once");
        }
    }

    @Test
    void everyPageButTheCoverSaysItsNumberOfTheTotal() throws IOException {
        try (PDDocument document = Loader.loadPDF(write(sample()))) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 12, pages + " pages");
            assertFalse(page(document, 1).contains("pagina"), "the cover has no number");
            for (int i = 2; i <= pages; i++) {
                assertTrue(page(document, i).contains("pagina " + i + " van " + pages), "page " + i);
            }
        }
    }

    @Test
    void theContentsGiveThePageEachChapterStartsOnAndSoDoTheBookmarks() throws IOException {
        Report report = sample();
        try (PDDocument document = Loader.loadPDF(write(report))) {
            String contents = flat(page(document, 2));
            assertTrue(contents.startsWith("Inhoud"), contents);
            List<PDOutlineItem> bookmarks = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(bookmarks::add);
            assertEquals(report.chapters().size(), bookmarks.size());
            int previous = 2;
            for (int i = 0; i < report.chapters().size(); i++) {
                String title = flat(report.chapters().get(i).title());
                Matcher number = Pattern.compile(Pattern.quote(title) + " (\\d+)").matcher(contents);
                assertTrue(number.find(), title + " with its page in: " + contents);
                int page = Integer.parseInt(number.group(1));
                assertTrue(page > previous, "chapters in order: " + page);
                previous = page;
                assertTrue(flat(page(document, page)).startsWith(title), "page " + page + " starts with " + title);
                if (page - 1 > 2) {
                    assertFalse(flat(page(document, page - 1)).contains(title), "and the page before does not");
                }
                assertEquals(title, bookmarks.get(i).getTitle());
                PDPageDestination target = (PDPageDestination) bookmarks.get(i).getDestination();
                assertEquals(page - 1, document.getPages().indexOf(target.getPage()), "bookmark of " + title);
            }
            assertEquals(report.title(), document.getDocumentInformation().getTitle());
            List<Integer> linked = new ArrayList<>();
            for (var annotation : document.getPage(1).getAnnotations()) {
                var goTo = (PDActionGoTo) ((PDAnnotationLink) annotation).getAction();
                linked.add(document.getPages().indexOf(((PDPageDestination) goTo.getDestination()).getPage()) + 1);
            }
            assertEquals(bookmarks.stream().map(b -> {
                try {
                    return document.getPages().indexOf(((PDPageDestination) b.getDestination()).getPage()) + 1;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList(), linked, "each line of the contents links to its chapter's page");
        }
    }

    /** Every glyph of the text inside the text area, the page number in the footer inside the paper's margin. */
    @Test
    void everyGlyphStaysInsideTheMargins() throws IOException {
        try (PDDocument document = Loader.loadPDF(write(sample()))) {
            double tolerance = 0.5; // PDFBox's glyph boxes are a little generous
            double paperMargin = ReportFlow.SIZE.marginMm();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                List<Pdfs.Glyph> glyphs = Pdfs.glyphs(document, page);
                assertFalse(glyphs.isEmpty(), "page " + page);
                for (Pdfs.Glyph g : glyphs) {
                    String where = "page " + page + ": " + g;
                    assertTrue(g.leftMm() >= ReportFlow.LEFT - tolerance
                            && g.rightMm() <= ReportFlow.LEFT + ReportFlow.WIDTH + tolerance, where);
                    assertTrue(g.topMm() >= ReportFlow.TOP_MM - tolerance
                            && g.bottomMm() <= ReportFlow.SIZE.heightMm() - paperMargin, where);
                }
                double footer = ReportFlow.BOTTOM;
                String belowText = glyphs.stream().filter(g -> g.bottomMm() > footer + tolerance)
                        .map(Pdfs.Glyph::text).reduce("", String::concat);
                assertTrue(belowText.isEmpty() || belowText.matches("pagina ?\\d+ ?van ?\\d+"),
                        "only the page number below the text area on page " + page + ": " + belowText);
            }
        }
    }

    @Test
    void aFigureIsDrawnAsVectorGraphicsWithItsTextAsText() throws IOException {
        Report report = new Report("Figuur", List.of(), List.of(new Report.Chapter("Het beeld",
                List.of(new Block.Figure(figure(), "De kern en de partners eromheen")))), NL);
        try (PDDocument document = Loader.loadPDF(write(report))) {
            var resources = document.getPage(2).getResources();
            assertFalse(resources.getXObjectNames().iterator().hasNext(), "no image on the figure's page");
            assertTrue(page(document, 3).contains(FIGURE_TEXT));
        }
    }

    @Test
    void progressIsToldAfterEveryChapter() throws IOException {
        List<String> told = new ArrayList<>();
        writer.write(sample(), new ByteArrayOutputStream(), (done, total) -> told.add(done + "/" + total));
        assertEquals(List.of("1/5", "2/5", "3/5", "4/5", "5/5"), told);
    }

    @Test
    void anInterruptStopsBetweenChaptersAndWritesNothing() {
        List<Integer> told = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(InterruptedIOException.class, () -> writer.write(sample(), out, (done, total) -> {
            told.add(done);
            Thread.currentThread().interrupt();
        }));
        assertEquals(List.of(1), told, "stopped before the second chapter");
        assertEquals(0, out.size(), "no half PDF");
        assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set for the caller");
    }

    @Test
    void inEnglishThePagesSayPageOf() throws IOException {
        Report report = new Report("Report", List.of(), List.of(new Report.Chapter("One", List.of(
                new Block.Paragraph("To do", Block.Paragraph.Kind.TO_FILL)))), Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(write(report))) {
            assertTrue(page(document, 2).startsWith("Contents"));
            assertTrue(page(document, 3).contains("page 3 of 3"));
            assertTrue(page(document, 3).contains("Still to be filled in"));
        }
    }

    /** Wrapping measures each word once: a paragraph of 100,000 words is laid out in well under a few seconds. */
    @Test
    void aVeryLongParagraphAndAVeryLongWordAreWrappedWhole() throws IOException {
        String longWord = "w".repeat(3_000);
        String paragraph = "samen werken aan de wijk ".repeat(20_000).strip();
        Report report = new Report("Lang", List.of(), List.of(new Report.Chapter("Lang", List.of(
                new Block.Paragraph(longWord), new Block.Paragraph(paragraph)))), NL);
        write(report); // warm up
        long start = System.nanoTime();
        byte[] pdf = write(report);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("100,000 words and a 3,000 letter word: " + ms + " ms, " + pdf.length + " bytes");
        String text = text(pdf);
        assertEquals(3_000, text.chars().filter(c -> c == 'w').count() - count(text, "werken") - count(text, "wijk"),
                "every w of the long word, broken over lines");
        assertEquals(20_000, count(text, "wijk"));
        assertTrue(ms < 20_000, ms + " ms");
    }

    /** Leaves the sample report in {@code target/} for a person to look at (pdftoppm makes PNGs of it). */
    @Test
    void theSampleIsLeftInTargetToLookAt() throws IOException {
        Path file = Path.of("target", "report-sample.pdf");
        long start = System.nanoTime();
        byte[] pdf = write(sample());
        System.out.println("sample report: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        Files.write(file, pdf);
        assertTrue(Files.size(file) > 1000);
    }

    private byte[] write(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out, null);
        return out.toByteArray();
    }

    static Report sample() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            rows.add(List.of(LongTexts.name(i), i % 7 == 0 ? LongTexts.contribution(i, "Brengen") : "uren " + i,
                    i % 5 == 0 ? LongTexts.remark(i, "Opmerking") : "", Integer.toString(i * 16)));
        }
        List<List<String>> tall = List.of(List.of("Stichting Lang", TALL_CELL), List.of("Na de lange rij", "kort"));
        return new Report(LongTexts.title(), List.of(new Report.Fact("Thema", "Jongeren aan het werk in de regio"),
                new Report.Fact("Initiatiefnemer", LongTexts.name(1)), new Report.Fact("Route", "open netwerk"),
                new Report.Fact("Datum", "6 december 2026")), List.of(
                new Report.Chapter("Inleiding", List.of(new Block.Paragraph(LongTexts.remark(1, "Inleiding")))),
                new Report.Chapter("Partners en vertegenwoordigers", List.of(
                        new Block.Heading(1, "De partners"),
                        new Block.Paragraph(LongTexts.interest(1, "Eigen belang") + "\n"
                                + LongTexts.interest(2, "Netwerkbelang")),
                        new Block.Heading(2, "Wat zij brengen, en wat zij komen halen in de samenwerking"),
                        new Block.Bullets(List.of(LongTexts.contribution(1, "Brengen"), "kort",
                                LongTexts.contribution(2, "Halen"))),
                        new Block.Paragraph("De gegevens van de Energiekaart zijn weggelaten: die is niet "
                                + "geïnstalleerd.",
                                Block.Paragraph.Kind.NOTE),
                        new Block.Paragraph(LongTexts.remark(3, "Afspraak over de inzet van mensen"),
                                Block.Paragraph.Kind.TO_FILL))),
                new Report.Chapter("Brengen en halen per partner", List.of(new Block.Paragraph("Driehonderd rijen."),
                        new Block.Table(List.of("Partner", "Brengt", "Opmerking", "Uren"), rows))),
                new Report.Chapter("Het beeld van de samenwerking", List.of(new Block.Figure(figure(),
                        "De gedeelde kern in het midden, de partners eromheen"))),
                new Report.Chapter("Een rij langer dan een pagina", List.of(
                        new Block.Table(List.of("Partner", "Toelichting"), tall)))),
                NL);
    }

    static Page figure() {
        List<nl.koers.instrument.api.figure.Shape> shapes = new ArrayList<>();
        shapes.add(new Box(150, 100, 120, 60, new Colour(220, 235, 245), Colour.BLACK, 0.5, 6));
        shapes.add(Label.of(155, 120, 110, 20, FIGURE_TEXT, 14).inBold().centered());
        for (int i = 0; i < 6; i++) {
            double x = 20 + i * 65;
            shapes.add(Box.outlined(x, 220, 55, 40, Colour.GREY, 0.3));
            shapes.add(new Line(x + 27, 220, 210, 160, Colour.GREY, 0.3));
            shapes.add(Label.of(x + 2, 222, 51, 36, "Partner " + (i + 1), 11));
        }
        return new Page(PageSize.A3_LANDSCAPE, shapes);
    }

    private static String text(byte[] pdf) throws IOException {
        return Pdfs.text(pdf);
    }

    private static String page(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
