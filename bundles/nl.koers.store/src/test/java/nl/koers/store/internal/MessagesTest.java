package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Texts;
import nl.koers.store.Problem;

/** Both languages say the same things, and every kind of problem has its sentence. */
class MessagesTest {
    private static Texts texts(Locale locale) {
        return Texts.load("nl.koers.store.internal.Messages", locale, MessagesTest.class.getClassLoader());
    }

    @Test
    void dutchAndEnglishHaveTheSameKeysAndEveryKindIsWorded() {
        Texts nl = texts(Locale.of("nl"));
        Texts en = texts(Locale.ENGLISH);
        assertEquals(nl.keys(), en.keys());
        for (Problem.Kind kind : Problem.Kind.values()) {
            assertTrue(nl.has("problem." + kind.name()), kind.name());
        }
        assertTrue(!nl.get("problem.DISK_FULL").equals(en.get("problem.DISK_FULL")), "really translated");
    }
}
