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
 * @param typing the stretch of typing this edit is part of (a field that commits on a pause and again when it is
 *        left), so that one undo takes all of it back; null for an edit of its own
 */
public record Edit(String labelKey, UnaryOperator<Dossier> change, String typing) {
    public Edit {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(change, "change");
    }

    /** An edit of its own: one undo step. */
    public Edit(String labelKey, UnaryOperator<Dossier> change) {
        this(labelKey, change, null);
    }

    /** {@return this edit as a part of a stretch of typing: edits of the same typing in a row are one undo step} */
    public Edit during(String typingId) {
        return new Edit(labelKey, change, typingId);
    }

    public Dossier applyTo(Dossier dossier) {
        return Objects.requireNonNull(change.apply(dossier), () -> "edit " + labelKey + " returned no dossier");
    }
}
