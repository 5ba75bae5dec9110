package nl.koers.domain.edit;

import java.util.Objects;
import java.util.function.UnaryOperator;

import nl.koers.domain.Dossier;

/**
 * One change to a dossier, as a pure function from the dossier before to the dossier after.
 *
 * <p>Because dossiers are immutable values, undo needs no inverse: the session keeps the value from before.
 *
 * @param labelKey the key of this edit's name in {@code nl.koers.domain.Words}, shown as "Undo &lt;name&gt;"
 */
public record Edit(String labelKey, UnaryOperator<Dossier> change) {
    public Edit {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(change, "change");
    }

    public Dossier applyTo(Dossier dossier) {
        return Objects.requireNonNull(change.apply(dossier), () -> "edit " + labelKey + " returned no dossier");
    }
}
