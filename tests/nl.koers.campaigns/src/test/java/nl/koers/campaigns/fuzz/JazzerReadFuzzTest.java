package nl.koers.campaigns.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.BringGet;
import nl.koers.store.DossierFileException;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Coverage-guided fuzzing of the store's read with Jazzer, beside the seeded campaign: Jazzer watches which
 * branches of the parser and the binder an input reaches and mutates towards new ones. {@code ./campaigns jazzer}
 * runs it with {@code JAZZER_FUZZ=1}: it fuzzes for {@code maxDuration}. Run alone without that it replays the
 * inputs in {@code JazzerReadFuzzTestInputs}; {@code ./test} leaves it out (its agent takes long to start). Any
 * exception other than {@link DossierFileException}, or a changed file, is a finding.
 */
class JazzerReadFuzzTest {
    private static final JsonDossierStore STORE = new JsonDossierStore();
    private static Path file;

    @BeforeAll
    static void folder() throws IOException {
        file = Files.createTempDirectory("koers-jazzer").resolve("fuzzed.koers");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }

    @FuzzTest(maxDuration = "30s")
    void readOpensOrRefusesClearly(byte[] bytes) throws IOException {
        Files.write(file, bytes);
        try {
            Dossier dossier = STORE.read(file);
            assertNotNull(dossier);
            // what the window shows at once must be computable from whatever opened
            BringGet.balances(dossier);
        } catch (DossierFileException e) {
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        }
        assertArrayEquals(bytes, Files.readAllBytes(file), "the file changed");
    }
}
