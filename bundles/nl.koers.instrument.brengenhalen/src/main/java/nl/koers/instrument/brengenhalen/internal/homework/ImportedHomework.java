package nl.koers.instrument.brengenhalen.internal.homework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import nl.koers.domain.Contribution;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edit;
import nl.koers.domain.edit.Edits;

/**
 * A filled homework form that can be imported: whose it is, what it would change, and what it skipped.
 *
 * @param file the form as the user named it
 * @param dossierId the dossier the form belongs to (it was checked to be the one it was read against)
 * @param before the partner as the dossier holds it now
 * @param proposed the partner with the form's answers in place, and nothing removed
 * @param answers the answers read from the form (empty fields left out)
 * @param removals the contributions whose lines the partner emptied; removed only by {@link #edit(boolean)}
 * @param skipped the fields that were not imported, with the reason
 */
public record ImportedHomework(String file, String dossierId, Partner before, Partner proposed,
        HomeworkAnswers answers, List<Contribution> removals, List<SkippedField> skipped) {
    public ImportedHomework {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(answers, "answers");
        removals = List.copyOf(removals);
        skipped = List.copyOf(skipped);
    }

    public String partnerId() {
        return before.id();
    }

    /** Whether importing changes the dossier at all (removals included). */
    public boolean hasChanges() {
        return !before.equals(proposed) || !removals.isEmpty();
    }

    /** The answers that would change, field by field, in the order of the form, as the form shows them. */
    public List<HomeworkChange> changes(Locale locale) {
        Map<String, String> was = HomeworkAnswers.of(before).shown(locale);
        Map<String, String> will = HomeworkAnswers.of(proposed).shown(locale);
        // the proposed partner holds every line the dossier held (nothing is removed), and the new ones after them
        List<HomeworkChange> out = new ArrayList<>();
        for (Map.Entry<String, String> e : will.entrySet()) {
            String before = was.getOrDefault(e.getKey(), "");
            if (!before.equals(e.getValue())) {
                out.add(HomeworkChange.of(e.getKey(), before, e.getValue(), locale));
            }
        }
        return List.copyOf(out);
    }

    /** The {@link #removals} for a person, one line each: "brengen, mensen: Stagebegeleiders, 2,5 fte". */
    public List<String> removalsShown(Locale locale) {
        return removals.stream().map(c -> HomeworkTexts.of(locale).format("removal",
                HomeworkTexts.slotLabel(c, locale), HomeworkTexts.summary(c, locale))).toList();
    }

    /** Whether importing writes over answers the dossier already holds (and does not only fill empty ones). */
    public boolean overwrites() {
        return changes(Locale.ROOT).stream().anyMatch(HomeworkChange::overwrites);
    }

    /** The import as one undoable edit that keeps the {@link #removals}: see {@link #edit(boolean)}. */
    public Edit edit() {
        return edit(false);
    }

    /**
     * The import as one undoable edit ("partner wijzigen"). On the partner as it was read it gives exactly
     * {@link #proposed} (the same new ids); when the partner has changed since, it puts the form's answers into
     * the partner's places as the partner is then, and leaves alone whatever else changed meanwhile.
     *
     * @param remove whether the {@link #removals} go too (the facilitator confirmed them)
     */
    public Edit edit(boolean remove) {
        Partner was = before;
        Partner will = proposed;
        HomeworkAnswers a = answers;
        List<String> gone = remove ? removals.stream().map(Contribution::id).toList() : List.of();
        return Edits.partner("edit.updatePartner", before.id(), p -> {
            Partner out = p.equals(was) ? will : a.applyTo(p);
            for (String id : gone) {
                out = out.hasContribution(id) ? out.withoutContribution(id) : out;
            }
            return out;
        });
    }
}
