package nl.koers.report.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.koers.instrument.api.report.ReportChapter;

/**
 * A chapter service with what it said about itself when it came, and where it came from.
 *
 * @param id the chapter's id
 * @param instrumentId the instrument whose data it shows
 * @param bundleId the bundle that registered it: Koers's own bundles are installed before any plugin
 * @param serviceId the order within one bundle
 */
record Installed(ReportChapter chapter, String id, String instrumentId, long bundleId, long serviceId) {
    /** Oldest bundle first: the standard instruments in the order they are installed, then plugins. */
    static final Comparator<Installed> BY_AGE = Comparator.comparingLong(Installed::bundleId)
            .thenComparingLong(Installed::serviceId);

    /**
     * The chapters that own their ids, in the default order: of two with one id the older bundle's (Koers's own
     * bundles are installed before any plugin); the ids of the built-in chapters are never a service's.
     */
    static List<Installed> owners(List<Installed> installed) {
        Set<String> seen = new HashSet<>(BuiltIn.IDS);
        return installed.stream().sorted(BY_AGE).filter(i -> seen.add(i.id())).toList();
    }
}
