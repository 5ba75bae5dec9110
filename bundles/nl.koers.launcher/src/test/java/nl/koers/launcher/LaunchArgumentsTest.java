package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {

    @Test
    void passesEverythingOnWithoutLang() throws LaunchProblem {
        LaunchArguments arguments = LaunchArguments.parse("validate", "a.koers", "--strict");
        assertEquals(List.of("validate", "a.koers", "--strict"), arguments.forFace());
        assertEquals(Optional.empty(), arguments.language());
    }

    @Test
    void takesLangOutWherever() throws LaunchProblem {
        LaunchArguments arguments = LaunchArguments.parse("validate", "--lang", "en", "a.koers");
        assertEquals(List.of("validate", "a.koers"), arguments.forFace());
        assertEquals(Optional.of(Locale.ENGLISH), arguments.language());
    }

    @Test
    void takesConsoleOutAndRemembersIt() throws LaunchProblem {
        LaunchArguments arguments = LaunchArguments.parse("--sample", "--console");
        assertEquals(List.of("--sample"), arguments.forFace());
        assertEquals(true, arguments.console());
        assertEquals(false, LaunchArguments.parse("--sample").console());
    }

    @Test
    void takesLogOutAndRemembersIt() throws LaunchProblem {
        LaunchArguments arguments = LaunchArguments.parse("--lang", "en", "--log");
        assertEquals(List.of(), arguments.forFace());
        assertEquals(true, arguments.log());
        assertEquals(false, LaunchArguments.parse("--help").log());
    }

    @Test
    void acceptsLangWithEqualsSign() throws LaunchProblem {
        LaunchArguments arguments = LaunchArguments.parse("--lang=nl", "--sample");
        assertEquals(List.of("--sample"), arguments.forFace());
        assertEquals(Optional.of(Locale.of("nl")), arguments.language());
    }

    @Test
    void acceptsARegionAndTheLastLangWins() throws LaunchProblem {
        LaunchArguments arguments = LaunchArguments.parse("--lang", "nl", "--lang", "en_GB");
        assertEquals(List.of(), arguments.forFace());
        assertEquals(Optional.of(Locale.UK), arguments.language());
    }

    @Test
    void refusesLangWithoutALanguage() {
        LaunchProblem problem = assertThrows(LaunchProblem.class, () -> LaunchArguments.parse("--sample", "--lang"));
        assertEquals("lang.missing", problem.text().key());
    }

    @Test
    void refusesSomethingThatIsNoLanguage() {
        LaunchProblem problem = assertThrows(LaunchProblem.class, () -> LaunchArguments.parse("--lang", "x.koers"));
        assertEquals("lang.invalid", problem.text().key());
    }

    @Test
    void takesSafeModeOutAndRemembersIt() throws LaunchProblem {
        LaunchArguments arguments = LaunchArguments.parse("--safe-mode", "plugins", "list");
        assertEquals(List.of("plugins", "list"), arguments.forFace());
        assertEquals(true, arguments.safeMode());
        assertEquals(false, LaunchArguments.parse("plugins").safeMode());
    }
}
