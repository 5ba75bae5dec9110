package nl.koers.launcher;

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

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
