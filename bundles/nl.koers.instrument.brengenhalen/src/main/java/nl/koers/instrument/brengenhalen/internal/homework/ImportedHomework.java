package nl.koers.instrument.brengenhalen.internal.homework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edit;
import nl.koers.domain.edit.Edits;

/**
 * A filled homework form that can be imported: whose it is, what it would change, and what it skipped.
 *
 * @param file the form as the user named it
 * @param dossierId the dossier the form belongs to (it was checked to be the one it was read against)
 * @param before the partner as the dossier holds it now
 * @param proposed the partner with the form's answers in place
 * @param answers the answers read from the form (empty fields left out)
 * @param skipped the fields that were not imported, with the reason
 */
public record ImportedHomework(String file, String dossierId, Partner before, Partner proposed,
        HomeworkAnswers answers, List<SkippedField> skipped) {
    public ImportedHomework {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(answers, "answers");
        skipped = List.copyOf(skipped);
    }

    public String partnerId() {
        return before.id();
    }

    /** Whether importing changes the dossier at all. */
    public boolean hasChanges() {
        return !before.equals(proposed);
    }

    /** The answers that would change, field by field, in the order of the form, as the form shows them. */
    public List<HomeworkChange> changes(Locale locale) {
        Map<String, String> was = HomeworkAnswers.of(before).shown(locale);
        Map<String, String> will = HomeworkAnswers.of(proposed).shown(locale);
        List<HomeworkChange> out = new ArrayList<>();
        for (Map.Entry<String, String> e : was.entrySet()) {
            String after = will.get(e.getKey());
            if (!e.getValue().equals(after)) {
                out.add(HomeworkChange.of(e.getKey(), e.getValue(), after, locale));
            }
        }
        return List.copyOf(out);
    }

    /** Whether importing writes over answers the dossier already holds (and does not only fill empty ones). */
    public boolean overwrites() {
        return changes(Locale.ROOT).stream().anyMatch(HomeworkChange::overwrites);
    }

    /**
     * The import as one undoable edit ("partner wijzigen"). On the partner as it was read it gives exactly
     * {@link #proposed} (the same new ids); when the partner has changed since, it puts the form's answers into
     * the partner's slots as the partner is then, and leaves alone whatever else changed meanwhile.
     */
    public Edit edit() {
        Partner was = before;
        Partner will = proposed;
        HomeworkAnswers a = answers;
        return Edits.partner("edit.updatePartner", before.id(), p -> p.equals(was) ? will : a.applyTo(p));
    }
}
