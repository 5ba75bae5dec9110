package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GTK's file dialogs speak the language of the process's locale, read when GTK starts: the start script must
 * hand the JVM the language Koers speaks. A stand-in java (a release file and a script) shows the environment
 * the real one would get.
 */
class GtkLanguageIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path scratch;

    private String environmentOfJava(String locale, String... arguments) throws Exception {
        Path java = scratch.resolve("java");
        Files.createDirectories(java.resolve("bin"));
        Files.writeString(java.resolve("release"), "JAVA_VERSION=\"21.0.7\"\n");
        Path command = java.resolve("bin/java");
        Files.writeString(command, "#!/bin/sh\nprintf 'LANGUAGE=%s\\n' \"$LANGUAGE\"\n");
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
        KoersScript.Run run = new KoersScript(Installation.home(), scratch).run(environment -> {
            environment.put("JAVA_HOME", java.toString());
            environment.remove("LC_ALL");
            environment.remove("LC_MESSAGES");
            environment.remove("LANGUAGE");
            environment.put("LANG", locale);
        }, TIMEOUT, arguments);
        assertEquals(0, run.exitCode(), run.describe());
        return run.out().strip();
    }

    @Test
    void langSetsTheLanguageGtkSpeaks() throws Exception {
        assertEquals("LANGUAGE=en", environmentOfJava("nl_NL.UTF-8", "--lang", "en"));
        assertEquals("LANGUAGE=nl", environmentOfJava("en_US.UTF-8", "--lang=nl"));
    }

    @Test
    void underTheBareCLocaleGtkSpeaksDutchAsKoersDoes() throws Exception {
        assertEquals("LANGUAGE=nl", environmentOfJava("C.UTF-8"));
    }

    @Test
    void aChosenSystemLanguageIsLeftAlone() throws Exception {
        assertEquals("LANGUAGE=", environmentOfJava("en_US.UTF-8", "dossier.koers"));
    }
}
