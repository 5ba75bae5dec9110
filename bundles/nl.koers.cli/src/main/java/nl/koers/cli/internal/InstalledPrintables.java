package nl.koers.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.koers.instrument.api.print.Printable;

/**
 * The printables installed when a command starts, sorted by id. A printable is plugin code: one whose id or
 * format cannot be read is set aside with its error, and the others are still offered.
 */
final class InstalledPrintables {
    /** A printable with what it said about itself. */
    record Entry(String id, Printable.Format format, Printable printable) {
    }

    private final List<Entry> entries;
    private final List<RuntimeException> broken;

    private InstalledPrintables(List<Entry> entries, List<RuntimeException> broken) {
        this.entries = entries;
        this.broken = broken;
    }

    static InstalledPrintables of(Collection<Printable> printables) {
        List<Entry> entries = new ArrayList<>();
        List<RuntimeException> broken = new ArrayList<>();
        for (Printable printable : printables) {
            try {
                entries.add(new Entry(printable.id(), printable.format(), printable));
            } catch (RuntimeException e) {
                broken.add(e);
            }
        }
        entries.sort(Comparator.comparing(Entry::id));
        return new InstalledPrintables(List.copyOf(entries), List.copyOf(broken));
    }

    List<Entry> entries() {
        return entries;
    }

    /** What went wrong asking printables for their id or format. */
    List<RuntimeException> broken() {
        return broken;
    }

    Optional<Entry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Every id, for a message that says which ones there are. */
    String ids() {
        return String.join(", ", entries.stream().map(Entry::id).toList());
    }
}
