package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.koers.store.Problem;

/**
 * Both languages say the same things, and every kind of problem has its sentence. Each file is read on its own:
 * through a resource bundle, English falls back to Dutch and a missing English sentence would not be seen.
 */
class MessagesTest {
    private static Properties file(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Properties dutch() throws IOException {
        return file("Messages.properties");
    }

    private static Properties english() throws IOException {
        return file("Messages_en.properties");
    }

    @Test
    void dutchAndEnglishHaveTheSameKeysAndEveryKindIsWorded() throws IOException {
        Properties nl = dutch();
        Properties en = english();
        assertEquals(nl.stringPropertyNames(), en.stringPropertyNames());
        for (Problem.Kind kind : Problem.Kind.values()) {
            assertTrue(nl.containsKey("problem." + kind.name()), kind.name());
        }
        assertNotEquals(nl.get("problem.DISK_FULL"), en.get("problem.DISK_FULL"), "really translated");
    }

    /** The keys the store's code names (a detail such as "json.truncated", a sentence such as "locked.unknown"). */
    @Test
    void everyKeyTheCodeNamesIsSaidInBothLanguages() throws IOException {
        Pattern key = Pattern.compile("\"((?:type|json|save|readOnly|locked|place)\\.[a-zA-Z]+)\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertTrue(named.size() > 20, "the code was read: " + named);
        Properties nl = dutch();
        Properties en = english();
        for (String k : named) {
            assertTrue(nl.containsKey(k), () -> k + " is named in the code but has no Dutch sentence");
            assertTrue(en.containsKey(k), () -> k + " is named in the code but has no English sentence");
        }
    }
}
