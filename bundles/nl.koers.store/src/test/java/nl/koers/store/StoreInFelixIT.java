package nl.koers.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogReaderService;

import nl.koers.domain.Dossier;
import nl.koers.testing.felix.TestFramework;

/**
 * The store bundle in a real Felix with Declarative Services, as the launcher runs it: its four services come up,
 * find {@code koers.data}, {@code koers.history.keep} and {@code koers.store.maxBytes} through the framework, and
 * work together.
 */
class StoreInFelixIT {
    @TempDir
    Path dir;

    private TestFramework felix;

    @BeforeEach
    void start() throws Exception {
        Path storeJar = Path.of(System.getProperty("koers.store.bundle"));
        felix = TestFramework.in(dir.resolve("felix"))
                // the test and the bundle share the API's and the domain's types: both come from the test's class path
                .systemPackagesExtra(TestFramework.exportsOf(TestFramework.onClassPath("nl.koers.domain-")),
                        TestFramework.exportsOf(storeJar), TestFramework.LOG_API)
                .property("koers.data", dir.resolve("data").toString())
                .property(LocalHistory.KEEP_PROPERTY, "2")
                .property("koers.store.maxBytes", "100000")
                // in start order; each is found on the test class path by its file name
                .installFromClassPath("org.apache.felix.log-", "org.osgi.util.function-", "org.osgi.util.promise-",
                        "org.osgi.service.component-", "org.apache.felix.scr-", "jackson-core-", "jackson-annotations-",
                        "jackson-databind-")
                .install(storeJar)
                .start();
    }

    @AfterEach
    void stop() throws Exception {
        felix.close();
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        return felix.service(type, Duration.ofSeconds(20));
    }

    @Test
    void theServicesUseTheDataFolderAndTheHistorySetting() throws Exception {
        DossierStore store = service(DossierStore.class);
        LocalHistory history = service(LocalHistory.class);
        RecoveryStore recovery = service(RecoveryStore.class);
        DossierLocks locks = service(DossierLocks.class);

        Path file = dir.resolve("samenwerking.koers");
        try (DossierLock lock = locks.lock(file)) {
            for (int i = 1; i <= 4; i++) {
                store.write(Dossier.titled("versie " + i), file);
            }
            assertThrows(DossierLockedException.class, () -> locks.lock(file));
        }
        List<HistoryEntry> entries = history.entries(file);
        assertEquals(List.of("versie 3", "versie 2"), entries.stream().map(e -> title(history, e)).toList(),
                "koers.history.keep=2");
        assertTrue(entries.get(0).copy().startsWith(dir.resolve("data").resolve("history")));
        assertTrue(store.open(file).writtenBy().startsWith("Koers "));
        Path big = Files.write(dir.resolve("groot.koers"), new byte[100_001]);
        assertEquals(Problem.Kind.TOO_LARGE, assertThrows(DossierFileException.class, () -> store.read(big)).problem()
                .kind(), "koers.store.maxBytes=100000");

        recovery.save("venster", file, Dossier.titled("niet opgeslagen"));
        try (Stream<Path> copies = Files.list(dir.resolve("data").resolve("recovery"))) {
            assertEquals(1, copies.count());
        }
        assertTrue(recovery.pending().isEmpty(), "this process still runs");
    }

    @Test
    void aFailedSaveIsInTheOsgiLogWithWhyAndWhere() throws Exception {
        Path file = dir.resolve("weg").resolve("samenwerking.koers");
        SaveFailedException failure = assertThrows(SaveFailedException.class,
                () -> service(DossierStore.class).write(Dossier.titled("kwijt?"), file));
        LogEntry entry = Collections.list(service(LogReaderService.class).getLog()).stream()
                .filter(e -> e.getBundle().getSymbolicName().equals("nl.koers.store") && e.getLogLevel() == LogLevel.ERROR)
                .findFirst().orElseThrow(() -> new AssertionError("no error of nl.koers.store in the OSGi log"));
        assertEquals("dossier not saved: " + file, entry.getMessage());
        // Felix Log keeps a copy of an exception that is not the JDK's; it names the original
        assertTrue(entry.getException().getMessage().contains(failure.getMessage()), entry.getException().toString());
    }

    private static String title(LocalHistory history, HistoryEntry e) {
        try {
            return history.read(e).title();
        } catch (DossierFileException x) {
            throw new IllegalStateException(x);
        }
    }
}
