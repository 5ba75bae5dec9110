package nl.koers.instrument.brengenhalen.internal.homework;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkForm.Target;

/**
 * The forms about to be written whose files are there already, and which of those were filled in: a form a
 * partner sent back may hold answers that are nowhere else, so it is never written over, whatever the person
 * asked. A file counts as filled in when it is a homework form with answers the dossier does not hold (reading
 * it in would change something), or with answers at all when it is not this dossier's form of that partner, or
 * when it cannot be read to tell (locked with a password, a field twice). A blank form, a form that says what the
 * dossier says, and a file that is no form at all can be written over.
 *
 * @param existing the targets whose file (or link, or folder) exists
 * @param filled those of them that are filled-in forms
 */
public record ExistingForms(List<Target> existing, List<Target> filled) {
    public ExistingForms {
        existing = List.copyOf(existing);
        filled = List.copyOf(filled);
    }

    /** Looks at the file of every target. */
    public static ExistingForms of(List<Target> targets, Dossier dossier) {
        List<Target> existing = targets.stream()
                .filter(t -> Files.exists(t.file(), LinkOption.NOFOLLOW_LINKS)).toList();
        return new ExistingForms(existing, existing.stream().filter(t -> filledIn(t.file(), dossier)).toList());
    }

    public boolean isFilled(Target target) {
        return filled.contains(target);
    }

    /** {@code targets} without the filled-in forms: what may be written. */
    public List<Target> writable(List<Target> targets) {
        return targets.stream().filter(t -> !isFilled(t)).toList();
    }

    private static boolean filledIn(Path file, Dossier dossier) {
        if (Files.isDirectory(file)) {
            return true; // not a form, but nothing Koers should replace either
        }
        FilledForm form;
        try {
            form = FilledForm.read(file, file.toString());
        } catch (HomeworkRefusal r) {
            return switch (r.reason()) {
                case NOT_FOUND, NOT_A_PDF, NO_FORM -> false;
                default -> true;
            };
        }
        if (!HomeworkFields.KIND.equals(form.text(HomeworkFields.FORM).strip())) {
            return false;
        }
        Optional<Partner> partner = dossier.id().equals(form.text(HomeworkFields.DOSSIER_ID).strip())
                ? dossier.partner(form.text(HomeworkFields.PARTNER_ID).strip())
                : Optional.empty();
        if (partner.isEmpty()) {
            return form.fields().stream().anyMatch(f -> isAnswer(f) && !form.text(f).isBlank())
                    || form.anyTicked();
        }
        Partner p = partner.get();
        AnswerReader.Result read = AnswerReader.read(form, p);
        return !read.answers().applyTo(p).equals(p) || !read.removals().isEmpty();
    }

    private static boolean isAnswer(String field) {
        return HomeworkFields.questions().contains(field) || HomeworkFields.parse(field).isPresent();
    }
}
