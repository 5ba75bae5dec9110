package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StartupTraceTest {
    @Test
    void theKernelsNanosecondsBecomeMillisecondsOnAProcessorAndWaitingForOne() {
        assertEquals(" [koers-boot cpu 123 waited 45]",
                StartupTrace.threadTimes("koers-boot", "123456789 45999999 12\n"));
    }

    @Test
    void aStepSaysWhenAndWhatAndOnLinuxTheThreadsTimes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String before = System.getProperty(StartupTrace.PROPERTY);
        System.setProperty(StartupTrace.PROPERTY, "true");
        try {
            StartupTrace.of(new PrintStream(bytes, true, StandardCharsets.UTF_8)).step("framework: made");
        } finally {
            if (before == null) {
                System.clearProperty(StartupTrace.PROPERTY);
            } else {
                System.setProperty(StartupTrace.PROPERTY, before);
            }
        }
        String line = bytes.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.matches("koers\\.startup \\d+ ms framework: made.*"), line);
        if (Files.isReadable(Path.of("/proc/thread-self/schedstat"))) {
            String thread = Thread.currentThread().getName();
            assertTrue(line.matches(".* \\[\\Q" + thread + "\\E cpu \\d+ waited \\d+\\]"), line);
        }
    }
}
