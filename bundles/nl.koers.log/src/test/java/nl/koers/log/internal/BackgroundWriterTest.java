package nl.koers.log.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundWriterTest {
    @TempDir
    Path dir;

    @Test
    void closeWritesEverythingHandedOverInOrder() throws Exception {
        RotatingFile file = new RotatingFile(dir.resolve("koers.log"), 1024 * 1024, 3);
        BackgroundWriter writer = new BackgroundWriter(file, e -> { });
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            writer.write("regel " + i + "\n");
            expected.append("regel ").append(i).append('\n');
        }
        writer.close();
        assertEquals(expected.toString(), Files.readString(file.file()));
        writer.write("na het sluiten\n"); // ignored, not thrown
    }

    @Test
    void aLogThatCannotBeWrittenIsToldOnceNotForEveryEntry() throws Exception {
        Files.writeString(dir.resolve("geen-map"), "een bestand waar de map had moeten staan");
        List<IOException> told = new CopyOnWriteArrayList<>();
        BackgroundWriter writer = new BackgroundWriter(new RotatingFile(dir.resolve("geen-map/koers.log"), 100, 3),
                told::add);
        for (int i = 0; i < 5; i++) {
            writer.write("regel " + i + "\n");
        }
        writer.close();
        assertEquals(1, told.size(), told.toString());
    }
}
