package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BundleIdTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "nl.koers:nl.koers.store:0.1.0-SNAPSHOT,            nl.koers.store-0.1.0-SNAPSHOT.jar",
        "org.apache.felix:org.apache.felix.scr:2.2.18,      org.apache.felix.scr-2.2.18.jar",
        "g:a:jar:2,                                         a-2.jar",
        "g:a:zip:natives:2,                                 a-2-natives.zip",
    })
    void namesTheFileInBundles(String id, String fileName) {
        assertEquals(fileName, BundleId.parse(id).fileName());
    }

    @Test
    void printsAsGroupArtifactVersion() {
        assertEquals("g:a:1", BundleId.parse("g:a:jar:1").toString());
    }

    @Test
    void isTheSameIdWhenEveryPartIs() {
        assertEquals(BundleId.parse("g:a:jar:1"), BundleId.parse("g:a:1"));
        assertEquals(BundleId.parse("g:a:jar:1").hashCode(), BundleId.parse("g:a:1").hashCode());
        assertNotEquals(BundleId.parse("g:a:1"), BundleId.parse("g:a:2"));
        assertNotEquals(BundleId.parse("g:a:zip:x:1"), BundleId.parse("g:a:zip:y:1"));
        assertNotEquals(BundleId.parse("g:a:1"), "g:a:1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "g", "g:a", "g::1", "g:a:1:", "a:b:c:d:e:f"})
    void refusesWhatIsNoBundleId(String id) {
        assertThrows(IllegalArgumentException.class, () -> BundleId.parse(id));
    }
}
