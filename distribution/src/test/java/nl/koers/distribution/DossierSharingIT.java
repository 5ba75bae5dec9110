package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.store.DossierLock;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Headless commands and other processes on one dossier, through the real {@code bin/koers}: a command that changes
 * a dossier takes its lock like the window does, so two imports at once both land, and a dossier another process
 * has open is left alone with a message that names who has it.
 */
class DossierSharingIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path scratch;

    private KoersScript koers() {
        return new KoersScript(Installation.home(), scratch);
    }

    @Test
    void twoImportsStartedTogetherBothLand() throws Exception {
        Path dossier = SampleDossier.copyTo(scratch).orElseThrow();
        String name = dossier.getFileName().toString();
        KoersScript.Run forms = koers().run(ExportIT::noDisplay, TIMEOUT, "homework-forms", name, "--out", "forms");
        assertEquals(0, forms.exitCode(), forms.describe());
        List<Path> blank;
        try (Stream<Path> files = Files.list(scratch.resolve("forms"))) {
            blank = files.sorted().limit(2).toList();
        }
        Path first = fill(blank.get(0), "Eerste antwoord, tegelijk ingeleverd");
        Path second = fill(blank.get(1), "Tweede antwoord, tegelijk ingeleverd");
        // the dossier as the forms were made from it: with the key their check values were made with
        Path asMade = scratch.resolve("zoals-gemaakt.koers");
        Files.copy(dossier, asMade);

        for (int round = 0; round < 3; round++) {
            Files.copy(asMade, dossier, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            CompletableFuture<KoersScript.Run> a = CompletableFuture.supplyAsync(() -> run("import-homework", name,
                    scratch.relativize(first).toString(), "--yes"));
            CompletableFuture<KoersScript.Run> b = CompletableFuture.supplyAsync(() -> run("import-homework", name,
                    scratch.relativize(second).toString(), "--yes"));
            KoersScript.Run ra = a.join();
            KoersScript.Run rb = b.join();
            assertEquals(0, ra.exitCode(), ra.describe());
            assertEquals(0, rb.exitCode(), rb.describe());

            List<String> essences = new JsonDossierStore().read(dossier).partners().stream().map(Partner::essence)
                    .toList();
            assertTrue(essences.contains("Eerste antwoord, tegelijk ingeleverd"), "round " + round + ": " + essences);
            assertTrue(essences.contains("Tweede antwoord, tegelijk ingeleverd"), "round " + round + ": " + essences);
        }
    }

    @Test
    void aDossierAnotherProcessHasOpenIsNotWrittenAndTheMessageNamesTheHolder() throws Exception {
        Path dossier = SampleDossier.copyTo(scratch).orElseThrow();
        String name = dossier.getFileName().toString();
        KoersScript.Run forms = koers().run(ExportIT::noDisplay, TIMEOUT, "homework-forms", name, "--out", "forms");
        assertEquals(0, forms.exitCode(), forms.describe());
        Path form;
        try (Stream<Path> files = Files.list(scratch.resolve("forms"))) {
            form = fill(files.sorted().findFirst().orElseThrow(), "Terwijl het venster open is");
        }
        byte[] before = Files.readAllBytes(dossier);

        // this test's JVM holds the dossier as a window of another Koers does
        try (DossierLock window = new FileDossierLocks().lock(dossier)) {
            KoersScript.Run run = koers().run(env -> {
                ExportIT.noDisplay(env);
                env.put("KOERS_JAVA_OPTS", "-Dkoers.lock.wait.seconds=1");
            }, TIMEOUT, "import-homework", name, scratch.relativize(form).toString(), "--yes");

            assertEquals(1, run.exitCode(), run.describe());
            assertTrue(run.err().contains(name) && run.err().contains(System.getProperty("user.name"))
                    && run.err().contains(String.valueOf(ProcessHandle.current().pid())), run.describe());
        }
        assertArrayEquals(before, Files.readAllBytes(dossier));
        Dossier after = new JsonDossierStore().read(dossier);
        assertTrue(after.partners().stream().noneMatch(p -> p.essence().equals("Terwijl het venster open is")));
    }

    private KoersScript.Run run(String... arguments) {
        try {
            return koers().run(ExportIT::noDisplay, TIMEOUT, arguments);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A partner's form, filled in with an essence as a PDF reader would. */
    private static Path fill(Path blank, String essence) throws Exception {
        Path filled = blank.resolveSibling("ingevuld-" + blank.getFileName());
        try (PDDocument pdf = Loader.loadPDF(blank.toFile())) {
            pdf.getDocumentCatalog().getAcroForm(null).getField("essence").setValue(essence);
            pdf.save(filled.toFile());
        }
        return filled;
    }
}
