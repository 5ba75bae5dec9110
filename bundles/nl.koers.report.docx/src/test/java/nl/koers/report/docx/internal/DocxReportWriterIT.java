package nl.koers.report.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import nl.koers.instrument.api.report.Report;
import nl.koers.instrument.api.report.ReportWriter;
import nl.koers.testing.felix.TestFramework;

/**
 * The DOCX writer as Koers runs it: its bundle in a real Felix with Declarative Services and the renderer, POI and
 * XmlBeans embedded in it, called from a thread whose context class loader sees none of them. The document is read
 * back with POI outside the framework.
 */
class DocxReportWriterIT {
    @TempDir
    static Path dir;

    private static TestFramework felix;
    private static ReportWriter writer;
    /** What was printed on the console while the tests ran. */
    private static final ByteArrayOutputStream CONSOLE = new ByteArrayOutputStream();
    private static PrintStream stdout;
    private static PrintStream stderr;

    @BeforeAll
    static void start() throws Exception {
        // before the bundle first loads log4j, which keeps the stream it finds
        stdout = System.out;
        stderr = System.err;
        PrintStream console = new PrintStream(CONSOLE, true, StandardCharsets.UTF_8);
        System.setOut(console);
        System.setErr(console);
        Path instrumentApi = TestFramework.onClassPath("nl.koers.instrument.api-");
        felix = TestFramework.in(dir.resolve("felix"))
                // the test and the bundles share the report types: they come from the test's class path
                .systemPackagesExtra(TestFramework.exportsOf(TestFramework.onClassPath("nl.koers.domain-")),
                        TestFramework.exportsOf(instrumentApi))
                .installFromClassPath("org.apache.felix.log-", "org.osgi.util.function-", "org.osgi.util.promise-",
                        "org.osgi.service.component-", "org.apache.felix.scr-", "commons-logging-", "pdfbox-io-",
                        "fontbox-", "pdfbox-", "nl.koers.render-")
                .install(Path.of(System.getProperty("koers.docx.bundle")))
                .start();
        // the renderer's bundle offers the PDF writer beside it
        ServiceTracker<ReportWriter, ReportWriter> docx = new ServiceTracker<>(felix.context(), felix.context()
                .createFilter("(&(objectClass=" + ReportWriter.class.getName() + ")(" + ReportWriter.FORMAT_PROPERTY
                        + "=docx))"), null);
        docx.open();
        writer = docx.waitForService(Duration.ofSeconds(20).toMillis());
        assertNotNull(writer, "no DOCX writer; bundles: " + felix.states());
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            felix.close();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    @Test
    void theBundleOffersTheDocxFormatAndExportsNothing() throws Exception {
        ServiceReference<ReportWriter> reference = felix.context().getServiceReferences(ReportWriter.class,
                "(" + ReportWriter.FORMAT_PROPERTY + "=docx)").iterator().next();
        assertEquals("nl.koers.report.docx", reference.getBundle().getSymbolicName());
        assertEquals("docx", writer.format());
        // POI, XmlBeans and log4j inside stay private: no other bundle wires to them
        assertEquals(null, reference.getBundle().getHeaders().get("Export-Package"));
    }

    @Test
    void everyBlockIsReadBackWhole() throws Exception {
        List<String> progress = new ArrayList<>();
        byte[] bytes = write(SampleReports.everyKind(Locale.of("nl")), (done, total) -> progress.add(done + "/" + total));
        assertEquals(List.of("1/2", "2/2"), progress);
        keep("alles.docx", bytes);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertEquals("Samenwerking Zorg in de Wijk", document.getProperties().getCoreProperties().getTitle());
            Map<String, List<String>> byStyle = textsByStyle(document);
            assertEquals(List.of("Samenwerking Zorg in de Wijk"), byStyle.get("Title"));
            assertEquals(List.of("Netwerkambitie", "Brengen en halen"), byStyle.get("Heading1"));
            assertEquals(List.of("Belangen per partner", "Het brengen-halen figuur"), byStyle.get("Heading2"));
            assertEquals(List.of("Wensen en eisen"), byStyle.get("Heading3"));
            // the names Word and LibreOffice know as their own heading styles
            assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName());
            assertEquals("heading 2", document.getStyles().getStyle("Heading2").getName());
            assertEquals("Title", document.getStyles().getStyle("Title").getName());
            assertEquals(List.of(SampleReports.NOTE), byStyle.get("Note"));
            assertEquals(List.of("nog in te vullen\n" + SampleReports.TO_FILL), byStyle.get("ToFill"));
            assertEquals(List.of(SampleReports.CAPTION), byStyle.get("Caption"));
            assertTrue(byStyle.get("Normal").contains(SampleReports.LONG_PARAGRAPH), "the long paragraph, whole");
            assertTrue(byStyle.get("Normal").contains(SampleReports.MULTI_LINE), "line breaks kept");
            assertEquals(3, byStyle.get("ListParagraph").size());
            for (XWPFParagraph item : document.getParagraphs()) {
                if ("ListParagraph".equals(item.getStyle())) {
                    assertEquals("bullet", item.getNumFmt(), item.getText());
                }
            }

            assertEquals(1, document.getTables().size());
            XWPFTable table = document.getTables().get(0);
            assertEquals(List.of("Partner", "Eigen belang", "Overstijgend belang"), cells(table, 0));
            assertEquals(List.of("Gemeente Zwolle", SampleReports.LONG_CELL, "Een sluitende aanpak"), cells(table, 1));
            assertEquals(List.of("Woningcorporatie De Haven", "", "Leefbare wijken"), cells(table, 2));
            assertEquals(SampleReports.MULTI_LINE, cells(table, 3).get(1));
            assertTrue(table.getRow(0).isRepeatHeader(), "the header row repeats on every page");

            List<XWPFPictureData> pictures = document.getAllPictures();
            assertEquals(2, pictures.size());
            assertEquals("image/png", pictures.get(0).getPackagePart().getContentType());
            List<XWPFPicture> shown = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).toList();
            assertEquals(points(DocxPage.TEXT_WIDTH_MM), shown.get(0).getWidth(), 0.5, "at the text's width");
            assertEquals(points(DocxPage.FIGURE_HEIGHT_MM), shown.get(1).getDepth(), 0.5, "a tall page: as high as fits");
            assertEquals(shown.get(1).getDepth() * 297 / 420, shown.get(1).getWidth(), 0.5, "in proportion");
            var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(pictures.get(0).getData()));
            assertTrue(image.getWidth() >= 1200, "sharp at the text's width: " + image.getWidth() + " px");

            String xml = document.getDocument().xmlText();
            assertTrue(xml.contains("TOC \\o"), "a table of contents field");
            assertTrue(xml.contains("w:anchor=\"_Toc4\"") && xml.contains("w:name=\"_Toc4\""),
                    "its lines link to the headings' bookmarks");
            String footer = document.getFooterList().stream().map(f -> f._getHdrFtr().xmlText())
                    .collect(Collectors.joining());
            assertTrue(footer.contains("PAGE") && footer.contains("pagina"), footer);
            assertTrue(document.getStyles().getCtStyles().getDocDefaults().xmlText().contains("nl-NL"));
            assertTrue(part(bytes, "word/settings.xml").contains("updateFields"),
                    "Word fills in the contents when it opens the file");
        }
    }

    @Test
    void englishReportsUseEnglishWords() throws Exception {
        byte[] bytes = write(SampleReports.everyKind(Locale.ENGLISH), ReportWriter.Progress.NONE);
        keep("everything.docx", bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Map<String, List<String>> byStyle = textsByStyle(document);
            assertEquals(List.of("Contents"), byStyle.get("TOCHeading"));
            assertEquals(List.of("still to be filled in\n" + SampleReports.TO_FILL), byStyle.get("ToFill"));
            assertTrue(document.getStyles().getCtStyles().getDocDefaults().xmlText().contains("en-GB"));
        }
    }

    @Test
    void aReportWithoutChaptersHasItsCoverAndContentsThatWordFillsIn() throws Exception {
        List<String> progress = new ArrayList<>();
        byte[] bytes = write(new Report("Leeg dossier", List.of(new Report.Fact("Thema", "nog open")), List.of(),
                Locale.of("nl")), (done, total) -> progress.add(done + "/" + total));
        assertEquals(List.of(), progress);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertEquals("Leeg dossier\nThema\tnog open\nInhoud\n"
                    + "Werk de inhoudsopgave bij: klik er met de rechtermuisknop op en kies Veld bijwerken.", text);
        }
    }

    @Test
    void aCancelledReportStopsBeforeTheNextChapter() {
        List<String> progress = new ArrayList<>();
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedIOException.class, () -> write(SampleReports.everyKind(Locale.of("nl")),
                    (done, total) -> progress.add(done + "/" + total)));
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of(), progress);
    }

    @Test
    void twoHundredPartnersTakeSeconds() throws Exception {
        Report report = SampleReports.partners(200);
        write(report, ReportWriter.Progress.NONE); // warm
        long start = System.nanoTime();
        byte[] bytes = write(report, ReportWriter.Progress.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        stdout.printf("DOCX of 200 partners (4 chapters, %d tables): %d ms, %d kB%n", 4 * 201, millis,
                bytes.length / 1024);
        // alone on 2 cores it takes 2-3 s; a loaded machine doubles that. The bound catches a blow-up, not a slope.
        assertTrue(millis < 20_000, millis + " ms");
        keep("200-partners.docx", bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertEquals(4 * 201, document.getTables().size());
            assertEquals("Partner 200", document.getTables().get(0).getRow(200).getCell(0).getText());
        }
    }

    @Test
    void log4jSaysNothing() throws Exception {
        write(SampleReports.everyKind(Locale.of("nl")), ReportWriter.Progress.NONE);
        String printed = CONSOLE.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains("Log4j") || printed.contains("StatusLogger"), printed);
    }

    /** Writes on a thread whose context class loader sees nothing, as a thread of the window or of Felix has. */
    private static byte[] write(Report report, ReportWriter.Progress progress) throws Exception {
        ClassLoader caller = new URLClassLoader(new URL[0], null);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(caller);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(report, out, progress);
            assertSame(caller, thread.getContextClassLoader(), "the caller's context class loader is put back");
            return out.toByteArray();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static Map<String, List<String>> textsByStyle(XWPFDocument document) {
        return document.getParagraphs().stream().filter(p -> !p.getText().isEmpty()).collect(Collectors.groupingBy(
                p -> p.getStyle() == null ? "Normal" : p.getStyle(), Collectors.mapping(XWPFParagraph::getText,
                        Collectors.toList())));
    }

    private static double points(double mm) {
        return mm / 25.4 * 72;
    }

    private static void keep(String name, byte[] document) throws java.io.IOException {
        Path folder = Path.of(System.getProperty("koers.docx.samples"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), document);
    }

    private static String part(byte[] docx, String name) throws java.io.IOException {
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the document");
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> c.getText()).toList();
    }

}
