package nl.koers.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The sample dossier the workbench ships (the first samples/*.koers in the shell bundle), copied out to a folder. */
final class SampleDossier {
    private SampleDossier() {
    }

    static Optional<Path> copyTo(Path folder) throws IOException {
        Path shell = Installation.home().resolve("bundles/nl.koers.shell-" + Installation.version() + ".jar");
        try (JarFile jar = new JarFile(shell.toFile())) {
            Optional<JarEntry> entry = jar.stream()
                    .filter(e -> e.getName().startsWith("samples/") && e.getName().endsWith(".koers"))
                    .findFirst();
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            Path copy = folder.resolve(Path.of(entry.get().getName()).getFileName().toString());
            try (InputStream in = jar.getInputStream(entry.get())) {
                Files.copy(in, copy);
            }
            return Optional.of(copy);
        }
    }
}
