package nl.koers.launcher;

import java.util.Objects;

/**
 * A bundle as an OSGi feature names it: {@code groupId:artifactId[:type[:classifier]]:version}. The
 * distribution keeps it in {@code bundles/} as {@code artifactId-version[-classifier].type}.
 */
public record BundleId(String groupId, String artifactId, String type, String classifier, String version) {
    private static final String DEFAULT_TYPE = "jar";

    /** @throws IllegalArgumentException when the id has not 3 to 5 non-empty parts */
    public static BundleId parse(String id) {
        String[] parts = id.split(":", -1);
        for (String part : parts) {
            if (part.isBlank()) {
                throw new IllegalArgumentException(id);
            }
        }
        return switch (parts.length) {
            case 3 -> new BundleId(parts[0], parts[1], DEFAULT_TYPE, "", parts[2]);
            case 4 -> new BundleId(parts[0], parts[1], parts[2], "", parts[3]);
            case 5 -> new BundleId(parts[0], parts[1], parts[2], parts[3], parts[4]);
            default -> throw new IllegalArgumentException(id);
        };
    }

    public String fileName() {
        return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + type;
    }

    // equals and hashCode written out: a record's own are linked through method handles on first use, which costs
    // every start milliseconds before the framework boots (the launcher puts each id in a set)
    @Override
    public boolean equals(Object other) {
        return other instanceof BundleId id && groupId.equals(id.groupId) && artifactId.equals(id.artifactId)
                && type.equals(id.type) && classifier.equals(id.classifier) && version.equals(id.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groupId, artifactId, type, classifier, version);
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
