package nl.koers.shell.internal;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import nl.koers.domain.Dossier;
import nl.koers.domain.Texts;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.InstrumentDescriptor;

/**
 * An instrument owns only its own entry of the instruments' data; the rest it changes through the domain. An edit
 * of a step's screen that touches another instrument's entry is refused.
 */
final class OwnDataOnly {
    private OwnDataOnly() {
    }

    /** {@return {@code edit}, refused when it changes the data of an instrument other than {@code descriptor}'s} */
    static Edit guard(Edit edit, InstrumentDescriptor descriptor, Texts texts) {
        return new Edit(edit.labelKey(), before -> {
            Dossier after = edit.applyTo(before);
            for (String id : union(before.instrumentData().keySet(), after.instrumentData().keySet())) {
                if (!id.equals(descriptor.id())
                        && !Objects.equals(before.instrumentData().get(id), after.instrumentData().get(id))) {
                    throw new IllegalArgumentException(texts.format("edit.foreignData", descriptor.name(), id));
                }
            }
            return after;
        }, edit.typing());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
