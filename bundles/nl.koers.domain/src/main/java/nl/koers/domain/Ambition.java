package nl.koers.domain;

import java.util.List;
import java.util.Optional;

/** The shared ambition as it evolved: one version per round, oldest first. */
public record Ambition(List<AmbitionVersion> versions) {
    public static final Ambition NONE = new Ambition(List.of());

    public Ambition {
        versions = Values.list(versions);
    }

    /** The newest version, if the partners formulated one yet. */
    public Optional<AmbitionVersion> current() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Ambition withVersion(AmbitionVersion version) {
        return new Ambition(Values.put(versions, version, AmbitionVersion::id));
    }

    /** The version with that id. */
    public Optional<AmbitionVersion> version(String versionId) {
        return versions.stream().filter(v -> v.id().equals(versionId)).findFirst();
    }

    public Ambition withoutVersion(String versionId) {
        return new Ambition(Values.remove(versions, versionId, AmbitionVersion::id));
    }
}
