package nl.koers.store.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * What a lock file says: who holds the dossier (user, host, pid and the process' start time) and since when. Plain
 * {@code key=value} lines, so a person who finds the file understands it.
 */
record LockFile(ProcessIdentity holder, Instant since) {

    /** Beside the dossier's real file: two links to one file share its lock. */
    static Path next(Path dossier) {
        Path target = Links.resolve(dossier);
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    byte[] bytes() {
        String text = "user=" + holder.user() + "\n"
                + "host=" + holder.host() + "\n"
                + "pid=" + holder.pid() + "\n"
                + "processStart=" + (holder.start() == null ? "" : holder.start().toString()) + "\n"
                + "since=" + since + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The lock a file describes; empty when it is not a complete lock file. */
    static Optional<LockFile> parse(byte[] bytes) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            String start = p.getProperty("processStart", "");
            ProcessIdentity holder = new ProcessIdentity(p.getProperty("user", ""), p.getProperty("host", ""),
                    Long.parseLong(p.getProperty("pid", "")), start.isEmpty() ? null : Instant.parse(start));
            return Optional.of(new LockFile(holder, Instant.parse(p.getProperty("since", ""))));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
