package nl.koers.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.koers.instrument.api.print.Printable;

/**
 * The printables installed when a command starts, sorted by id. A printable is plugin code: one whose id or
 * format cannot be read is set aside with its error, and the others are still offered. An id belongs to the bundle
 * installed first that offers it; a later bundle's printable with that id is refused, not offered.
 */
final class InstalledPrintables {
    /** A printable service and the bundle that registered it. */
    record Offered(Printable printable, long bundleId, String bundle) {
    }

    /** A printable with what it said about itself, and its bundle. */
    record Entry(String id, Printable.Format format, Printable printable, String bundle) {
    }

    /** A printable whose id another bundle owns. */
    record Refused(Entry entry, String owner) {
    }

    private final List<Entry> entries;
    private final List<Refused> refused;
    private final List<RuntimeException> broken;

    private InstalledPrintables(List<Entry> entries, List<Refused> refused, List<RuntimeException> broken) {
        this.entries = entries;
        this.refused = refused;
        this.broken = broken;
    }

    static InstalledPrintables of(Collection<Offered> offered) {
        Map<String, Entry> owners = new HashMap<>();
        List<Refused> refused = new ArrayList<>();
        List<RuntimeException> broken = new ArrayList<>();
        for (Offered o : offered.stream().sorted(Comparator.comparingLong(Offered::bundleId)).toList()) {
            try {
                Entry entry = new Entry(o.printable().id(), o.printable().format(), o.printable(), o.bundle());
                Entry owner = owners.putIfAbsent(entry.id(), entry);
                if (owner != null) {
                    refused.add(new Refused(entry, owner.bundle()));
                }
            } catch (RuntimeException e) {
                broken.add(e);
            }
        }
        List<Entry> entries = new ArrayList<>(owners.values());
        entries.sort(Comparator.comparing(Entry::id));
        return new InstalledPrintables(List.copyOf(entries), List.copyOf(refused), List.copyOf(broken));
    }

    List<Entry> entries() {
        return entries;
    }

    /** The printables left out because an older bundle owns their id. */
    List<Refused> refused() {
        return refused;
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
