package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A firm's plugin (examples/energiekaart, built by the same reactor) installed the way a consultant does it,
 * headless through the real start script: from its feature archive and from the firm's catalogue folder,
 * refused until the firm's certificate is trusted, running in the next start, and rolled back.
 */
class PluginsIT {
    private static final String PLUGIN = "nl.voorbeeldadvies.energiekaart";

    @TempDir
    Path scratch;

    private final Path example = Path.of(System.getProperty("koers.example"));

    private KoersScript.Run koers(String... arguments) throws Exception {
        // the consultant's plugin state lives in the data folder: one per test, never the real one
        return new KoersScript(Installation.home(), scratch).run(
                environment -> environment.put("XDG_DATA_HOME", scratch.resolve("data").toString()),
                Duration.ofSeconds(90), arguments);
    }

    private Path archive() throws Exception {
        try (var files = Files.list(example)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".koersplugin")).findFirst().orElseThrow();
        }
    }

    private Path certificate() {
        return example.getParent().resolve("signing/voorbeeldadvies.pem");
    }

    @Test
    void theFirmsFeatureArchiveInstallsOnceTheFirmIsTrustedAndRollsBack() throws Exception {
        KoersScript.Run none = koers("plugins", "list");
        assertEquals(0, none.exitCode(), none.describe());
        assertFalse(none.out().contains(PLUGIN), none.describe());

        KoersScript.Run refused = koers("plugins", "install", archive().toString());
        assertNotEquals(0, refused.exitCode(), refused.describe());
        assertTrue(refused.err().contains("Voorbeeld Advies"), "names the signer: " + refused.describe());
        assertFalse(koers("plugins", "list").out().contains(PLUGIN), "nothing of it was installed");

        KoersScript.Run trust = koers("plugins", "trust", certificate().toString());
        assertEquals(0, trust.exitCode(), trust.describe());
        KoersScript.Run install = koers("plugins", "install", archive().toString());
        assertEquals(0, install.exitCode(), install.describe());

        // a new start: the plugin comes back from the data folder and its instrument prints
        KoersScript.Run list = koers("plugins", "list");
        assertTrue(list.out().contains(PLUGIN) && list.out().contains("1.0.0"), list.describe());
        Path sample = SampleDossier.copyTo(scratch).orElseThrow();
        KoersScript.Run printables = koers("export", "--list", sample.toString());
        assertEquals(0, printables.exitCode(), printables.describe());
        assertTrue(printables.out().contains("energiekaart"), "the firm's printable is offered: " + printables.describe());

        KoersScript.Run rollback = koers("plugins", "rollback");
        assertEquals(0, rollback.exitCode(), rollback.describe());
        assertFalse(koers("plugins", "list").out().contains(PLUGIN), "back to the set before it");
        assertFalse(koers("export", "--list", sample.toString()).out().contains("energiekaart"));
    }

    @Test
    void theFirmsCatalogueFolderListsThePluginAndItInstallsFromThere() throws Exception {
        assertEquals(0, koers("plugins", "trust", certificate().toString()).exitCode());
        KoersScript.Run catalogue = koers("plugins", "catalogue", example.resolve("catalogue").toString());
        assertEquals(0, catalogue.exitCode(), catalogue.describe());
        Matcher url = Pattern.compile("file:\\S+\\.jar").matcher(catalogue.out());
        assertTrue(catalogue.out().contains(PLUGIN) && url.find(), catalogue.describe());

        KoersScript.Run install = koers("plugins", "install", url.group());
        assertEquals(0, install.exitCode(), install.describe());
        KoersScript.Run list = koers("plugins", "list");
        assertTrue(list.out().contains(PLUGIN), list.describe());
        assertFalse(list.all().contains("Exception"), list.describe());
    }
}
