package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.osgi.service.log.LogLevel;

class FailuresTest {
    private record Entry(LogLevel level, String text, Throwable error) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Failures failures = new Failures((level, text, error) -> entries.add(new Entry(level, text, error)));

    @Test
    void errorsAndWarningsThatADialogToldAreKeptInformationIsNot() {
        failures.told(SWT.ICON_ERROR, "Openen mislukt", "kapot.koers, regel 1");
        failures.told(SWT.ICON_WARNING | SWT.OK, "Alleen lezen", "al open op een andere computer");
        failures.told(SWT.ICON_INFORMATION, "Over Koers", "Koers 0.1.0");
        assertEquals(List.of(new Entry(LogLevel.ERROR, "Openen mislukt: kapot.koers, regel 1", null),
                new Entry(LogLevel.WARN, "Alleen lezen: al open op een andere computer", null)), entries);
    }

    @Test
    void aFailureKeepsItsExceptionForTheStackTrace() {
        IllegalStateException error = new IllegalStateException("de knop is kapot");
        failures.log("instrument energie failed", error);
        assertEquals(LogLevel.ERROR, entries.get(0).level());
        assertSame(error, entries.get(0).error());
    }
}
