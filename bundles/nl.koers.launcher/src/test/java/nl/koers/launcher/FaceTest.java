package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaceTest {
    private static final Predicate<String> EXISTING = Set.of("dossier", "notes.json")::contains;

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "                               | GUI",
        "--sample                       | GUI",
        "samenwerking.koers             | GUI",
        "/home/an/nieuw.koers           | GUI",
        "dossier                        | GUI",
        "notes.json                     | GUI",
        "--fullscreen --sample          | GUI",
        "--version                      | CLI",
        "-v                             | CLI",
        "--help                         | CLI",
        "-h                             | CLI",
        "validate notes.json            | CLI",
        "report samenwerking.koers      | CLI",
        "frobnicate                     | CLI",
        "broken.json                    | CLI",
        "--sample --help                | GUI",
    })
    void choosesTheFaceFromTheFirstArgument(String arguments, Face expected) {
        List<String> list = arguments == null ? List.of() : List.of(arguments.trim().split("\\s+"));
        assertEquals(expected, Face.choose(list, EXISTING));
    }

    @ParameterizedTest
    @CsvSource({"GUI, gui", "CLI, cli"})
    void findsItsServiceByProperties(Face face, String value) {
        assertEquals("(&(objectClass=java.util.function.Function)(main.thread=true)(koers.face=" + value + "))",
                face.serviceFilter());
    }
}
