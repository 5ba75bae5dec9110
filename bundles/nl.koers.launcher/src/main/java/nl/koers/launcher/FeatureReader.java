package nl.koers.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.koers.launcher.json.JsonException;
import nl.koers.launcher.json.JsonReader;

/** Reads a feature file: strict JSON, {@code "feature-resource-version": "1.0"}, an id, and bundle ids. */
public final class FeatureReader {
    private static final String SUPPORTED_VERSION = "1.0";

    public Feature read(Path file) throws LaunchProblem {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LaunchProblem(new Text("feature.unreadable", file, e.getMessage()), e);
        }
        return read(file.toString(), text);
    }

    Feature read(String source, String text) throws LaunchProblem {
        Object json;
        try {
            json = JsonReader.read(text);
        } catch (JsonException e) {
            throw new LaunchProblem(new Text("feature.notJson", source, e.line(), e.column(),
                    new Text(e.reason().messageKey())), e);
        }
        if (!(json instanceof Map<?, ?> feature)) {
            throw invalid(source, "feature.invalid.notObject");
        }
        if (!SUPPORTED_VERSION.equals(feature.get("feature-resource-version"))) {
            throw invalid(source, "feature.invalid.version");
        }
        if (!(feature.get("id") instanceof String id) || id.isBlank()) {
            throw invalid(source, "feature.invalid.id");
        }
        return new Feature(id, bundles(source, feature.get("bundles")));
    }

    private static List<BundleId> bundles(String source, Object json) throws LaunchProblem {
        if (json == null) {
            return List.of(); // a feature may consist of configurations or extensions only
        }
        if (!(json instanceof List<?> entries)) {
            throw invalid(source, "feature.invalid.bundles");
        }
        List<BundleId> bundles = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> bundle) || !(bundle.get("id") instanceof String id)) {
                throw invalid(source, "feature.invalid.bundles");
            }
            try {
                bundles.add(BundleId.parse(id));
            } catch (IllegalArgumentException e) {
                throw new LaunchProblem(new Text("feature.invalid", source, new Text("feature.invalid.bundleId", id)), e);
            }
        }
        return bundles;
    }

    private static LaunchProblem invalid(String source, String reasonKey) {
        return new LaunchProblem(new Text("feature.invalid", source, new Text(reasonKey)));
    }
}
