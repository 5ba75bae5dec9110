package nl.koers.launcher;

import java.util.List;

/** An OSGi feature (Compendium 8.1, chapter 159), as far as the launcher needs it: its id and bundles. */
public record Feature(String id, List<BundleId> bundles) {
    public Feature {
        bundles = List.copyOf(bundles);
    }
}
