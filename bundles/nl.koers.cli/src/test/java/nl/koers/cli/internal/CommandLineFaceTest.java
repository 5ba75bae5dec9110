package nl.koers.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.instrument.api.command.Command;
import nl.koers.instrument.api.command.CommandContext;
import nl.koers.store.internal.JsonDossierStore;

class CommandLineFaceTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final JsonDossierStore store = new JsonDossierStore();
    private final Map<String, Throwable> logged = new LinkedHashMap<>();

    @TempDir
    Path dir;

    private CommandLineFace face(Locale locale) {
        var face = new CommandLineFace(locale, new Version(0, 1, 0, "SNAPSHOT"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                logged::put);
        face.addCommand(new ValidateCommand(store), 1, "nl.koers.cli");
        return face;
    }

    @Test
    void helpListsTheRegisteredCommandsInTheChosenLanguage() {
        assertEquals(0, face(Locale.of("nl")).apply(new String[] { "--help" }));
        assertTrue(out().contains("Opdrachten:"), out());
        assertTrue(out().contains("validate"), out());
        assertTrue(out().contains("geldig Koers-dossier"), out());
        out.reset();
        assertEquals(0, face(Locale.ENGLISH).apply(new String[] { "-h" }));
        assertTrue(out().contains("Commands:"), out());
    }

    @Test
    void aCommandAddedLaterAppearsInHelpAndRuns() {
        var face = face(Locale.ENGLISH);
        face.addCommand(new Command() {
            public String name() {
                return "export";
            }

            public String summary(Locale locale) {
                return "writes printables";
            }

            public int run(CommandContext context, List<String> arguments) {
                context.out().println("exported " + arguments);
                return OK;
            }
        }, 2, "nl.voorbeeld.plugin");
        face.apply(new String[] { "--help" });
        assertTrue(out().contains("export") && out().contains("writes printables"), out());
        assertEquals(0, face.apply(new String[] { "export", "a", "b" }));
        assertTrue(out().contains("exported [a, b]"), out());
    }

    @Test
    void aPluginCannotTakeTheNameOfACommandOfKoersEvenWhenItCameFirst() throws Exception {
        var face = new CommandLineFace(Locale.ENGLISH, new Version(0, 1, 0), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), logged::put);
        face.addCommand(new Command() {
            public String name() {
                return "validate";
            }

            public String summary(Locale locale) {
                return "taken over";
            }

            public int run(CommandContext context, List<String> arguments) {
                context.out().println("taken over");
                return OK;
            }
        }, 42, "nl.voorbeeld.overname");
        face.addCommand(new ValidateCommand(store), 7, "nl.koers.cli");
        Path good = dir.resolve("goed.koers");
        store.write(Dossier.titled("Goed"), good);
        assertEquals(0, face.apply(new String[] { "validate", good.toString() }));
        assertTrue(out().contains("goed.koers: valid") && !out().contains("taken over"), out());
        face.apply(new String[] { "--help" });
        assertTrue(out().contains("validate  (refused: nl.voorbeeld.overname offers this command too, but it belongs to nl.koers.cli)"),
                out());
    }

    @Test
    void versionNamesKoersAndItsVersion() {
        assertEquals(0, face(Locale.ENGLISH).apply(new String[] { "--version" }));
        assertTrue(out().startsWith("Koers 0.1.0"), out());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(2, face(Locale.ENGLISH).apply(new String[] { "frobnicate" }));
        assertTrue(err().contains("Unknown command \"frobnicate\""), err());
    }

    @Test
    void aFailingCommandIsReportedNotThrown() {
        var face = face(Locale.of("nl"));
        face.addCommand(new Command() {
            public String name() {
                return "boem";
            }

            public String summary(Locale locale) {
                return "";
            }

            public int run(CommandContext context, List<String> arguments) {
                throw new IllegalStateException("kapot");
            }
        }, 2, "nl.voorbeeld.plugin");
        assertEquals(1, face.apply(new String[] { "boem" }));
        assertTrue(err().contains("boem is mislukt") && err().contains("kapot"), err());
        // what the person read, and the exception for its stack trace, in the log
        assertEquals(List.of(err().strip()), List.copyOf(logged.keySet()));
        assertEquals("kapot", logged.get(err().strip()).getMessage());
    }

    @Test
    void validateSaysOkForGoodFilesAndOneLinePerProblem() throws Exception {
        Path good = dir.resolve("goed.koers");
        store.write(Dossier.titled("Goed").withPartner(Partner.of("A", Role.CORE)), good);
        Path bad = Files.writeString(dir.resolve("kapot.koers"), "{\"format\":\"koers-dossier\",");
        var face = face(Locale.of("nl"));

        assertEquals(0, face.apply(new String[] { "validate", good.toString() }));
        assertTrue(out().contains("goed.koers: in orde"), out());
        out.reset();

        assertEquals(1, face.apply(new String[] { "validate", good.toString(), bad.toString() }));
        List<String> lines = out().lines().toList();
        assertEquals(2, lines.size(), out());
        assertTrue(lines.get(1).startsWith(bad.toString() + " (regel 1"), lines.get(1));
    }

    @Test
    void validateRefusesAPipeAtOnceAndSaysWhatItIs() throws Exception {
        Path pipe = dir.resolve("pijp.koers");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        var face = face(Locale.ENGLISH);
        assertEquals(1, assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> face.apply(new String[] { "validate", pipe.toString() })));
        assertTrue(out().startsWith(pipe + ": this is not an ordinary file but a pipe (FIFO)"), out());
    }

    @Test
    void validateShowsTheFilesControlCharactersInsteadOfSendingThemToTheTerminal() throws Exception {
        Path file = dir.resolve("vreemd.koers");
        store.write(Dossier.titled("Vreemd").withPartner(Partner.of("A", Role.CORE)), file);
        // a role that clears the screen, written as JSON writes it: the problem quotes it
        Files.writeString(file, Files.readString(file).replace("\"CORE\"", "\"\\u001b[2J\\u001b]0;pwned\\u0007\""));
        assertEquals(1, face(Locale.of("nl")).apply(new String[] { "validate", file.toString() }));
        assertTrue(out().contains("\u201e\\u001B[2J\\u001B]0;pwned\\u0007\u201d is niet toegestaan"), out());
        assertTrue(out().chars().noneMatch(c -> c == 0x1B || c == 0x07), out());
    }

    @Test
    void validateWithoutFilesSaysHowToCallIt() {
        assertEquals(2, face(Locale.ENGLISH).apply(new String[] { "validate" }));
        assertTrue(err().contains("Usage: koers validate"), err());
        assertFalse(out().contains("valid"), out());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
