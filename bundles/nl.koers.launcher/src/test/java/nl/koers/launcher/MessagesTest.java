package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.koers.launcher.json.JsonException;

class MessagesTest {

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        assertEquals(keys(Locale.ROOT), keys(Locale.ENGLISH));
    }

    @Test
    void everyJsonProblemHasAText() {
        Set<String> keys = keys(Locale.ROOT);
        for (JsonException.Reason reason : JsonException.Reason.values()) {
            assertTrue(keys.contains(reason.messageKey()), reason.messageKey());
        }
    }

    @Test
    void speaksDutchUnlessEnglishIsAskedFor() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH); // the JVM's own language must not decide for a German user
            assertEquals("werkbank", Messages.forLocale(Locale.GERMAN).format("face.gui"));
            assertEquals("werkbank", Messages.forLocale(Locale.of("nl")).format("face.gui"));
            assertEquals("workbench", Messages.forLocale(Locale.UK).format("face.gui"));
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void readsItsTextsOnlyWhenOneIsNeeded() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        assertFalse(messages.read(), "a start that goes well says nothing and reads nothing");
        assertEquals("workbench", messages.format("face.gui"));
        assertTrue(messages.read());
    }

    @Test
    void putsNestedTextsIntoWords() {
        String text = Messages.forLocale(Locale.ENGLISH).format(
                new Text("feature.invalid", "core.json", new Text("feature.invalid.bundleId", "g:a")));
        assertEquals("Feature core.json is not right: bundle id \"g:a\" is not of the form groupId:artifactId:version.", text);
    }

    /** The keys of one file, without those it inherits from the base file. */
    private static Set<String> keys(Locale locale) {
        String suffix = locale.getLanguage().isEmpty() ? "" : "_" + locale.getLanguage();
        String resource = Messages.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames();
    }
}
