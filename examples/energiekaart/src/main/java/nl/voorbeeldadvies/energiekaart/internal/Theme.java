package nl.voorbeeldadvies.energiekaart.internal;

import java.util.Objects;

/** A theme the collaboration could work on, such as "werkplekken voor jongeren". */
public record Theme(String id, String name) {
    public Theme {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
    }
}
