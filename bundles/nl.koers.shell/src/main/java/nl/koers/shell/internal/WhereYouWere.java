package nl.koers.shell.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the user was in each dossier: the instruments that were open, in their order, the step each was on, and
 * the one in front. Kept in the user's configuration folder by dossier file, beside the recent files, not in the
 * dossier: it is one person's place, not part of the collaboration, it must not make the dossier unsaved or
 * change its file, and it works for a dossier opened read-only too. A small text file, one dossier a line, newest
 * first: the path, a tab, and the instruments as {@code id@step} with a {@code *} before the one in front. Callers
 * keep disk work off the UI thread.
 */
final class WhereYouWere {
    /** The dossiers remembered at most: the place in a dossier not opened for long is not worth a longer file. */
    static final int MAX = 50;

    /** One open instrument and its step (counted from 0). */
    record Tab(String instrumentId, int step) {
    }

    /** The instruments that were open, in their order; {@code front} is the one in front, or null. */
    record Place(List<Tab> tabs, String front) {
        static final Place NOWHERE = new Place(List.of(), null);

        Place {
            tabs = List.copyOf(tabs);
        }
    }

    private final Path file;

    WhereYouWere(Path file) {
        this.file = file;
    }

    /** Beside the recent files: {@code ~/.config/koers/where-you-were}. */
    static WhereYouWere besides(Path recentFiles) {
        return new WhereYouWere(recentFiles.resolveSibling("where-you-were"));
    }

    /** Where the user was in {@code dossier}; nowhere when it was never opened here, or the file is unreadable. */
    synchronized Place of(Path dossier) {
        String line = load().get(key(dossier));
        return line == null ? Place.NOWHERE : parse(line);
    }

    /** Keeps where the user is in {@code dossier} now; an empty place forgets it. */
    synchronized void keep(Path dossier, Place place) {
        Map<String, String> places = new LinkedHashMap<>();
        if (!place.tabs().isEmpty()) {
            places.put(key(dossier), format(place));
        }
        load().forEach((path, line) -> {
            if (places.size() < MAX && !path.equals(key(dossier))) {
                places.put(path, line);
            }
        });
        save(places);
    }

    private static String key(Path dossier) {
        return dossier.toAbsolutePath().normalize().toString();
    }

    private static String format(Place place) {
        List<String> tabs = new ArrayList<>();
        for (Tab t : place.tabs()) {
            String front = t.instrumentId().equals(place.front()) ? "*" : "";
            tabs.add(front + URLEncoder.encode(t.instrumentId(), StandardCharsets.UTF_8) + "@" + t.step());
        }
        return String.join(",", tabs);
    }

    private static Place parse(String line) {
        List<Tab> tabs = new ArrayList<>();
        String front = null;
        for (String part : line.split(",")) {
            int at = part.lastIndexOf('@');
            if (at <= 0) {
                continue;
            }
            boolean inFront = part.startsWith("*");
            String id = URLDecoder.decode(part.substring(inFront ? 1 : 0, at), StandardCharsets.UTF_8);
            try {
                tabs.add(new Tab(id, Integer.parseInt(part.substring(at + 1))));
            } catch (NumberFormatException e) {
                continue; // a damaged entry is left out, the rest still counts
            }
            if (inFront) {
                front = id;
            }
        }
        return new Place(tabs, front);
    }

    private Map<String, String> load() {
        Map<String, String> places = new LinkedHashMap<>();
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] pathAndPlace = line.split("\t", 2);
                    if (pathAndPlace.length == 2) {
                        places.putIfAbsent(pathAndPlace[0], pathAndPlace[1]);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable file remembers nothing: a convenience, never a reason not to open a dossier
        }
        return places;
    }

    private void save(Map<String, String> places) {
        try {
            Files.createDirectories(file.getParent());
            List<String> lines = places.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList();
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // not being able to remember the place must not disturb the user's work
        }
    }
}
