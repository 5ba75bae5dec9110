package nl.koers.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LogLineTest {
    private static final Instant TIME = Instant.parse("2026-11-22T13:03:07.412Z");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void timeLevelBundleAndMessageOnOneLine() {
        assertEquals("2026-11-22 14:03:07.412 +0100 WARN nl.koers.store Opslaan mislukt | tweede regel"
                + System.lineSeparator(),
                LogLine.of(TIME, AMSTERDAM, "WARN", "nl.koers.store", "Opslaan mislukt\ntweede regel", null));
    }

    @Test
    void theStackTraceFollowsWithItsCauses() {
        IOException error = new IOException("schijf vol", new IllegalStateException("diepere oorzaak"));
        String[] lines = LogLine.of(TIME, AMSTERDAM, "ERROR", null, "Opslaan mislukt", error).split("\\R");
        assertEquals("2026-11-22 14:03:07.412 +0100 ERROR - Opslaan mislukt", lines[0]);
        assertEquals("java.io.IOException: schijf vol", lines[1]);
        assertTrue(lines[2].contains("at nl.koers.log.internal.LogLineTest.theStackTraceFollowsWithItsCauses"), lines[2]);
        assertTrue(String.join("\n", lines).contains("Caused by: java.lang.IllegalStateException: diepere oorzaak"));
    }
}
