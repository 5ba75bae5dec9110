package nl.koers.log.internal;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

import nl.koers.folders.UserFolders;

/**
 * The OSGi log, written down in {@code koers.log} ({@link LogLocation}): every entry at WARN or above from any
 * bundle, and INFO from Koers's own bundles. Entries from before it started (the Log Service keeps the last ones)
 * are written first, and those the Log Service had not yet passed on when Koers stops are written last (it tells
 * its listeners on a thread of its own). Its service is the listener it registers itself; nobody calls it.
 */
@Component(immediate = true, service = {})
public final class FileLog implements LogListener {
    /** Framework property: the file's size in bytes before it rotates. */
    static final String MAX_BYTES = "koers.log.maxBytes";
    private static final String OWN_BUNDLES = "nl.koers.";
    /** Felix Log's own entries for every bundle, service and framework event: INFO is noise there. */
    private static final String EVENTS = "Events.";

    private final LogReaderService reader;
    private final BackgroundWriter writer;
    private final ZoneId zone = ZoneId.systemDefault();
    /** The sequence number of the last entry handled: each is written once, in order. */
    private long handled = -1;

    @Activate
    public FileLog(BundleContext context, @Reference LogReaderService reader) {
        this.reader = reader;
        RotatingFile file = new RotatingFile(
                LogLocation.of(context.getProperty(LogLocation.PROPERTY), UserFolders.ofThisUser().movedBy(context::getProperty)),
                maxBytes(context.getProperty(MAX_BYTES)), RotatingFile.DEFAULT_KEEP);
        ResourceBundle texts = texts(context.getProperty("koers.lang"));
        // the one place that cannot log its own trouble: it goes to the terminal, once until writing works again
        this.writer = new BackgroundWriter(file, e -> System.err.println(
                MessageFormat.format(texts.getString("unwritable"), file.file(), e)));
        catchUp();
        reader.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
        catchUp();
        writer.close();
    }

    /** The entries the Log Service keeps (the newest first) that this log has not handled yet. */
    private void catchUp() {
        List<LogEntry> kept = Collections.list(reader.getLog());
        Collections.reverse(kept);
        kept.forEach(this::logged);
    }

    @Override
    public synchronized void logged(LogEntry entry) {
        if (entry.getSequence() <= handled) {
            return;
        }
        handled = entry.getSequence();
        if (worthKeeping(entry)) {
            String bundle = entry.getBundle() == null ? null : entry.getBundle().getSymbolicName();
            writer.write(LogLine.of(Instant.ofEpochMilli(entry.getTime()), zone, entry.getLogLevel().name(), bundle,
                    entry.getMessage(), entry.getException()));
        }
    }

    static boolean worthKeeping(LogEntry entry) {
        LogLevel level = entry.getLogLevel();
        if (LogLevel.WARN.implies(level)) {
            return true;
        }
        String bundle = entry.getBundle() == null ? "" : String.valueOf(entry.getBundle().getSymbolicName());
        return level == LogLevel.INFO && bundle.startsWith(OWN_BUNDLES)
                && !String.valueOf(entry.getLoggerName()).startsWith(EVENTS);
    }

    private static long maxBytes(String configured) {
        try {
            long bytes = configured == null ? RotatingFile.DEFAULT_MAX_BYTES : Long.parseLong(configured.trim());
            return bytes > 0 ? bytes : RotatingFile.DEFAULT_MAX_BYTES;
        } catch (NumberFormatException e) {
            return RotatingFile.DEFAULT_MAX_BYTES;
        }
    }

    private static ResourceBundle texts(String language) {
        Locale locale = language == null || language.isBlank() ? Locale.of("nl") : Locale.of(language);
        return ResourceBundle.getBundle("nl.koers.log.internal.Messages", locale, FileLog.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
