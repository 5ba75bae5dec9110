package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.document.Document;
import nl.koers.document.internal.Registry;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.store.internal.JsonDossierStore;

/**
 * The window as a start with a dossier opens it: with that dossier, usable at once, and without what it does not
 * show (the welcome page, the read-only bar), which it makes when it first shows them.
 */
class FirstWindowUiTest {
    private final InstrumentCatalogue catalogue = new InstrumentCatalogue();

    @TempDir
    Path dir;

    private Display display;
    private Registry documents;
    private RecentFiles recent;
    private Workbench workbench;
    private ScriptedDialogs dialogs;
    private Robot robot;

    @BeforeEach
    void make() {
        display = Display.getDefault();
        documents = RealDocuments.in(dir.resolve("data"));
        recent = new RecentFiles(dir.resolve("config/recent-files"));
        catalogue.add(new Instrument() {
            public String id() {
                return "proef";
            }

            public InstrumentDescriptor describe(Locale locale) {
                return new InstrumentDescriptor("proef", "Proefinstrument", "", "", "", "", "", List.of(), List.of(),
                        List.of(), "");
            }
        });
    }

    /** The window as the face makes it, before it opens. */
    private void makeWindow() {
        workbench = new Workbench(display, documents, catalogue, recent, Locale.of("nl"), this::sample, "0.1.0",
                (shell, texts) -> dialogs = new ScriptedDialogs(shell, texts));
        robot = new Robot(display, workbench.shell());
    }

    @AfterEach
    void close() {
        if (robot != null) {
            robot.closeWindow();
        }
    }

    private InputStream sample() {
        return getClass().getClassLoader().getResourceAsStream(Workbench.SAMPLE);
    }

    @Test
    void theWindowOpensWithTheSampleUsableAndWithoutAWelcomePage() throws Exception {
        makeWindow();
        CompletableFuture<Document> reading = new CompletableFuture<>();
        AtomicBoolean eventsWentOn = new AtomicBoolean();
        display.asyncExec(() -> eventsWentOn.set(true));
        // read elsewhere, a moment after the window was made, as at start
        new Thread(() -> {
            try {
                Thread.sleep(200);
                reading.complete(workbench.files().readSample());
            } catch (Exception e) {
                reading.completeExceptionally(e);
            }
        }).start();

        workbench.files().openWithSample(reading);

        assertTrue(eventsWentOn.get(), "the window's events went on while the sample was read");
        assertTrue(workbench.shell().isVisible());
        Dossier sample = workbench.view().orElseThrow().dossier();
        Table partners = robot.find("partners.table");
        assertEquals(sample.partners().stream().map(Partner::name).toList(), DossierPage.rows(partners));
        assertTrue(partners.isVisible());
        assertEquals(List.of(), robot.all("welcome.instruments"), "no welcome page was made");
        assertEquals(List.of(), robot.all("readOnly.banner"), "no read-only bar was made");
        assertEquals(workbench.texts().get("status.sample"), robot.<org.eclipse.swt.widgets.Label>find("status").getText());

        robot.type("partner.name", "Gemeente Waalstede-Zuid");
        assertEquals("Gemeente Waalstede-Zuid", DossierPage.rows(partners).get(0));
        assertTrue(workbench.view().get().isDirty());
        robot.press(SWT.CTRL, 'z');
        assertEquals(sample.partners().get(0).name(), DossierPage.rows(partners).get(0),
                "Ctrl+Z undoes, though no menu was ever opened");
        assertEquals(List.of(), dialogs.told);
    }

    @Test
    void aDossierGivenAtStartIsTheFirstWindowWithoutTheWelcomePageBeforeIt() throws Exception {
        Path file = dir.resolve("wijkzorg.koers");
        Dossier given = Dossier.titled("Wijkzorg Tiel").withPartner(Partner.of("Gemeente Tiel", nl.koers.domain.Role.CORE))
                .withPartner(Partner.of("Zorggroep Rivierenland", nl.koers.domain.Role.CORE));
        new JsonDossierStore().write(given, file);
        makeWindow();
        List<String> whenShown = new java.util.ArrayList<>();
        workbench.shell().addListener(SWT.Show, e -> whenShown.add(workbench.view()
                .map(v -> v.dossier().title()).orElse("the welcome page")));

        workbench.files().openWithFile(file, readLater(file));

        assertEquals(List.of("Wijkzorg Tiel"), whenShown, "the window showed the dossier the first time it showed");
        assertEquals(List.of("Gemeente Tiel", "Zorggroep Rivierenland"),
                DossierPage.rows(robot.find("partners.table")));
        assertEquals(List.of(), robot.all("welcome.instruments"), "no welcome page was made");
        assertEquals(workbench.texts().format("status.opened", file.getFileName()),
                robot.<org.eclipse.swt.widgets.Label>find("status").getText());
        assertEquals(file, workbench.file().orElseThrow(), "saved where it came from");
        assertEquals(List.of(), dialogs.told);
    }

    @Test
    void aDamagedDossierGivenAtStartOpensTheWelcomePageSaysWhyAndIsLeftAlone() throws Exception {
        Path file = dir.resolve("kapot.koers");
        byte[] damaged = "{\"schemaVersion\": 1, \"title\": \"Wijkz".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.write(file, damaged);
        makeWindow();

        workbench.files().openWithFile(file, readLater(file));
        robot.waitUntil("the failure is told", () -> !dialogs.told.isEmpty());

        assertTrue(workbench.shell().isVisible());
        assertTrue(workbench.welcome().control().isVisible());
        assertTrue(workbench.view().isEmpty());
        assertEquals(1, dialogs.told.size(), dialogs.told.toString());
        assertTrue(dialogs.told.get(0).contains(workbench.texts().format("dialog.openFailed.text", "").strip()),
                dialogs.told.toString());
        assertArrayEquals(damaged, java.nio.file.Files.readAllBytes(file), "the damaged file is never overwritten");
    }

    /** Reads {@code file} as the start does: elsewhere, a moment after the window was made. */
    private CompletableFuture<Document> readLater(Path file) {
        CompletableFuture<Document> reading = new CompletableFuture<>();
        new Thread(() -> {
            try {
                Thread.sleep(200);
                reading.complete(documents.open(file));
            } catch (Exception e) {
                reading.completeExceptionally(e);
            }
        }).start();
        return reading;
    }

    @Test
    void theWelcomePageMadeOnceTheDossierClosesNamesTheRecentFilesAndTheInstruments() throws Exception {
        Path file = dir.resolve("wijkzorg.koers");
        new JsonDossierStore().write(Dossier.titled("Wijkzorg Tiel"), file);
        recent.opened(file, "Wijkzorg Tiel");
        makeWindow();

        workbench.files().openWithSample(CompletableFuture.completedFuture(workbench.files().readSample()));
        robot.waitUntil("the recent files are read", this::recentMenuReady);
        assertEquals("Voorbeelddossier geopend. Bewaar het met Opslaan als om er zelf mee verder te werken.",
                robot.<Label>find("status").getText());
        robot.menu("menu.file.close");

        assertTrue(workbench.welcome().control().isVisible());
        assertEquals("Gereed", robot.<Label>find("status").getText(), "no word left of the dossier that closed");
        Link link = robot.find("welcome.recent.file");
        assertEquals("<a>" + recent.label(file.toAbsolutePath()) + "</a>", link.getText());
        String installed = robot.<Link>find("welcome.instruments").getText();
        assertTrue(installed.contains("Proefinstrument"), installed);
    }

    @Test
    void aSampleThatCannotBeReadOpensTheWelcomePageAndSaysWhy() {
        makeWindow();
        workbench.files().openWithSample(CompletableFuture.failedFuture(new IllegalStateException("kapot voorbeeld")));

        assertTrue(workbench.shell().isVisible());
        assertTrue(workbench.welcome().control().isVisible());
        assertTrue(workbench.view().isEmpty());
        assertEquals(1, dialogs.told.size(), dialogs.told.toString());
        assertTrue(dialogs.told.get(0).contains("kapot voorbeeld"), dialogs.told.toString());
    }

    private boolean recentMenuReady() {
        return java.util.Arrays.stream(workbench.shell().getMenuBar().getItem(0).getMenu().getItems())
                .filter(i -> i.getMenu() != null).flatMap(i -> java.util.Arrays.stream(i.getMenu().getItems()))
                .anyMatch(i -> i.getText().contains("Wijkzorg Tiel"));
    }
}
