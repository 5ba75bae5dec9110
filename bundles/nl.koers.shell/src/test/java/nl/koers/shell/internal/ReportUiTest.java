package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.report.internal.RealReports;
import nl.koers.store.internal.JsonDossierStore;

/**
 * File &gt; Verslag in the real window, with the real report service and the real PDF writer: the chapters chosen
 * and put in order in the dialog (partly with the keyboard) are the report's, in that order; and a report that is
 * cancelled leaves no file.
 */
class ReportUiTest {
    private final InstrumentCatalogue catalogue = new InstrumentCatalogue();

    @TempDir
    Path dir;

    private Display display;
    private Workbench workbench;
    private Robot robot;
    private ScriptedDialogs dialogs;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        workbench = new Workbench(display, RealDocuments.in(dir.resolve("data")), catalogue,
                new RecentFiles(dir.resolve("recent")), Locale.of("nl"), ReportUiTest::sample, "0.1.0",
                (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        workbench.reports().useReports(RealReports::withPdf);
        workbench.open();
        robot = new Robot(display, workbench.shell());
        robot.spin();
    }

    @AfterEach
    void close() {
        for (Shell s : display.getShells()) {
            s.dispose();
        }
        robot.spin();
    }

    @Test
    void theChaptersChosenInTheDialogAreTheReportsInTheOrderChosen() throws Exception {
        robot.menu("menu.file.sample");
        robot.waitUntil("the sample is open", () -> workbench.view().isPresent());

        robot.menu("menu.file.report");
        Table chapters = waitForDialog();
        List<String> offered = titles(chapters);
        assertTrue(offered.size() >= 3, "partners, spannende punten, appendix at least: " + offered);
        assertTrue(List.of(chapters.getItems()).stream().allMatch(TableItem::getChecked), "all ticked at first");

        // the keyboard: the second chapter one place up with Alt+arrow up
        chapters.setFocus();
        chapters.setSelection(1);
        robot.pressKey(SWT.ALT, SWT.ARROW_UP);
        List<String> order = new ArrayList<>(offered);
        order.add(0, order.remove(1));
        assertEquals(order, titles(chapters), "moved up with Alt+arrow up");
        // the buttons: the first down, then up again
        chapters.setSelection(0);
        robot.click("report.down");
        assertEquals(offered, titles(chapters), "moved down with the button");
        robot.click("report.up");
        assertEquals(order, titles(chapters), "and up again");
        // the last (the appendix) left out
        untick(chapters, chapters.getItemCount() - 1);
        String left = order.remove(order.size() - 1);
        robot.type("report.introduction", "Dit verslag is voor de besturen van de partners.");
        robot.idle(500); // GTK paints on its own clock
        Screenshots.save(robot.find("report.chapters").getShell(), "report-dialog.png");

        Path asked = dir.resolve("uit").resolve("verslag");
        Files.createDirectories(asked.getParent());
        dialogs.reportFiles.add(asked);
        robot.click("report.save");
        Path written = dir.resolve("uit").resolve("verslag.pdf");
        robot.waitUntil("the report is written", () -> status().startsWith("Opgeslagen:"));
        assertTrue(status().contains(written.toString()), status());
        assertTrue(Files.isRegularFile(written));
        assertTrue(dialogs.asked.stream().anyMatch(a -> a.startsWith("report as Verslag Jongeren")), dialogs.asked
                .toString());

        List<String> contents = contents(written);
        assertEquals(order, contents.subList(1, contents.size()), "the chosen chapters in the chosen order, "
                + "after the introduction");
        assertFalse(contents.contains(left), left + " was left out");
        assertTrue(text(written).contains("Dit verslag is voor de besturen van de partners."));
        assertEquals(List.of(), leftovers(written.getParent()), "no temp file left");
        keep(written, "verslag-voorbeeld.pdf");

        Link open = robot.find("status.action");
        assertTrue(open.isVisible(), "the status line offers to open it");
        open.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of(written), dialogs.opened);
        robot.idle(500);
        Screenshots.save(workbench.shell(), "report-written-status.png");
    }

    @Test
    void cancellingStopsTheReportAndLeavesNoFile() throws Exception {
        Path big = dir.resolve("groot.koers");
        new JsonDossierStore().write(partners(200), big);
        workbench.open(big);
        robot.waitUntil("the dossier is open", () -> workbench.view().isPresent());

        robot.menu("menu.file.report");
        waitForDialog();
        Path target = dir.resolve("groot.pdf");
        dialogs.reportFiles.add(target);
        robot.click("report.save");
        Shell progress = robot.find("report.progress.text").getShell();
        robot.idle(100);
        Screenshots.save(progress, "report-progress.png");
        robot.click("report.progress.cancel");
        robot.waitUntil("cancelled", () -> status().equals("Niet geschreven: geannuleerd."));
        assertTrue(progress.isDisposed(), "the progress window goes");
        assertFalse(Files.exists(target), "no report");
        assertEquals(List.of(), leftovers(dir), "no temp file left");
        assertFalse(((Link) robot.find("status.action")).isVisible(), "nothing to open");

        // and the next one, not cancelled, is written whole
        robot.menu("menu.file.report");
        waitForDialog();
        dialogs.reportFiles.add(target);
        long start = System.nanoTime();
        robot.click("report.save");
        robot.waitUntil("written", () -> status().startsWith("Opgeslagen:"));
        System.out.println("report of 200 partners from the window: " + (System.nanoTime() - start) / 1_000_000
                + " ms, " + Files.size(target) + " bytes");
        assertTrue(text(target).contains("Partner 200 van de regio"));
    }

    @Test
    void theAgreementNoteIsWrittenFromTheMenu() throws Exception {
        robot.menu("menu.file.sample");
        robot.waitUntil("the sample is open", () -> workbench.view().isPresent());
        Path note = dir.resolve("nota");
        dialogs.reportFiles.add(note);
        robot.menu("menu.file.agreementNote");
        robot.waitUntil("the note is written", () -> status().startsWith("Opgeslagen:"));
        String asked = "report as Afsprakennota Jongeren aan het werk \u2013 Rivierenland.pdf [pdf]";
        assertTrue(dialogs.asked.contains(asked), dialogs.asked.toString());
        String text = text(dir.resolve("nota.pdf"));
        keep(dir.resolve("nota.pdf"), "afsprakennota-voorbeeld.pdf");
        assertTrue(text.startsWith("Afsprakennota: Jongeren aan het werk"), text);
        assertTrue(text.contains("Inhoud De gedeelde ambitie 3"), text);
    }

    /** Leaves a written file beside the screenshots, for a person to look at. */
    private static void keep(Path file, String name) throws IOException {
        String env = System.getenv("KOERS_SHOTS");
        Path folder = Files.createDirectories(Path.of(env == null ? "/tmp/koers-shots" : env));
        Files.copy(file, folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Table waitForDialog() {
        robot.waitUntil("the report dialog", () -> {
            try {
                return robot.find("report.chapters") != null;
            } catch (AssertionError notYet) {
                return false;
            }
        });
        return robot.find("report.chapters");
    }

    private String status() {
        return ((Label) robot.find("status")).getText();
    }

    private static List<String> titles(Table table) {
        return List.of(table.getItems()).stream().map(TableItem::getText).toList();
    }

    private void untick(Table table, int index) {
        table.getItem(index).setChecked(false);
        Event e = new Event();
        e.item = table.getItem(index);
        e.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, e);
        robot.spin();
    }

    /** The chapter titles in the table of contents (page 2), in order. */
    private static List<String> contents(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            List<String> titles = new ArrayList<>();
            Matcher entry = Pattern.compile("(?m)^(.+?) (\\d+)$").matcher(stripper.getText(document));
            while (entry.find()) {
                if (!entry.group(1).startsWith("pagina")) {
                    titles.add(entry.group(1).strip());
                }
            }
            return titles;
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<Path> leftovers(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".writing")).toList();
        }
    }

    private static Dossier partners(int n) {
        List<Partner> partners = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            partners.add(new Partner("p" + i, "Partner " + i + " van de regio", i % 3 == 0 ? Role.CHAIN : Role.CORE,
                    List.of(Representative.of("Vertegenwoordiger " + i, "directeur")), "",
                    List.of(new Interest("i" + i, "Jongeren sneller aan het werk, belang " + i, Level.ORGANISATION,
                            Firmness.WISH, false)), List.of(), List.of(), List.of()));
        }
        return Dossier.titled("Tweehonderd partners").withPartners(partners);
    }

    private static InputStream sample() {
        return ReportUiTest.class.getClassLoader().getResourceAsStream(Workbench.SAMPLE);
    }
}
