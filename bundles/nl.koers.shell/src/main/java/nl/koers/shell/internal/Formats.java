package nl.koers.shell.internal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments and file sizes the way a person in the window's language reads them. */
final class Formats {
    private Formats() {
    }

    /** "23 nov 2026, 14:05:12" in the local time zone. */
    static String when(Instant moment, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(moment);
    }

    /** "812 B", "12,4 kB", "3,1 MB". */
    static String size(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        NumberFormat one = NumberFormat.getNumberInstance(locale);
        one.setMaximumFractionDigits(1);
        one.setMinimumFractionDigits(1);
        return bytes < 1024 * 1024 ? one.format(bytes / 1024.0) + " kB" : one.format(bytes / (1024.0 * 1024)) + " MB";
    }
}
