package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureReaderTest {
    private final FeatureReader reader = new FeatureReader();

    @Test
    void readsIdAndBundles() throws LaunchProblem {
        Feature feature = reader.read("core.json", """
                {"feature-resource-version": "1.0",
                 "id": "nl.koers:nl.koers.feature.core:osgifeature:1.0",
                 "name": "Koers core", "description": "the workbench",
                 "bundles": [{"id": "org.apache.felix:org.apache.felix.scr:2.2.18"}, {"id": "nl.koers:nl.koers.store:1.0"}]}
                """);
        assertEquals("nl.koers:nl.koers.feature.core:osgifeature:1.0", feature.id());
        assertEquals(List.of(BundleId.parse("org.apache.felix:org.apache.felix.scr:2.2.18"),
                BundleId.parse("nl.koers:nl.koers.store:1.0")), feature.bundles());
    }

    @Test
    void allowsAFeatureWithoutBundles() throws LaunchProblem {
        assertEquals(List.of(), reader.read("x", "{\"feature-resource-version\":\"1.0\",\"id\":\"g:a:1\"}").bundles());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`[]`                                                                  | feature.invalid.notObject",
        "`{\"id\":\"g:a:1\"}`                                                  | feature.invalid.version",
        "`{\"feature-resource-version\":\"2.0\",\"id\":\"g:a:1\"}`             | feature.invalid.version",
        "`{\"feature-resource-version\":\"1.0\"}`                              | feature.invalid.id",
        "`{\"feature-resource-version\":\"1.0\",\"id\":\"g:a:1\",\"bundles\":{}}`           | feature.invalid.bundles",
        "`{\"feature-resource-version\":\"1.0\",\"id\":\"g:a:1\",\"bundles\":[\"g:a:1\"]}`  | feature.invalid.bundles",
        "`{\"feature-resource-version\":\"1.0\",\"id\":\"g:a:1\",\"bundles\":[{\"id\":\"g:a\"}]}` | feature.invalid.bundleId",
    })
    void explainsWhatIsWrong(String json, String reasonKey) {
        LaunchProblem problem = assertThrows(LaunchProblem.class, () -> reader.read("f.json", json));
        assertEquals("feature.invalid", problem.text().key());
        assertEquals(reasonKey, ((Text) problem.text().arguments()[1]).key());
    }

    @Test
    void saysWhereTheJsonIsBroken() {
        LaunchProblem problem = assertThrows(LaunchProblem.class,
                () -> reader.read("f.json", "{\"feature-resource-version\":\"1.0\",}"));
        assertEquals("feature.notJson", problem.text().key());
        String text = Messages.forLocale(java.util.Locale.ENGLISH).format(problem.text());
        assertEquals("Feature f.json is not valid JSON (line 1, column 35): unexpected character.", text);
    }
}
