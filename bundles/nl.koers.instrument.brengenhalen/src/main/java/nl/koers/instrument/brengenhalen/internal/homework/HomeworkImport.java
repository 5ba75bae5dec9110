package nl.koers.instrument.brengenhalen.internal.homework;

import java.nio.file.Path;
import java.util.List;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkRefusal.Reason;

/**
 * Reads a filled homework form (a PDF a partner filled in and sent back) against a dossier. It refuses a file
 * that is not a PDF, has no form or a field twice, is not a Koers homework form, is of a newer form version or of
 * an old one without a check value, belongs to another dossier, does not match its check value (its hidden ids or
 * the partner name were changed, or another dossier made it), or belongs to a partner that is not in this
 * dossier; otherwise it says what the form would change, which items the partner emptied (form version 3 on) and
 * what it skipped. It changes nothing itself: apply {@link ImportedHomework#edit(boolean)}.
 */
public final class HomeworkImport {
    private HomeworkImport() {
    }

    /** Reads {@code form}; messages name it by its path. */
    public static ImportedHomework read(Path form, Dossier dossier) throws HomeworkRefusal {
        return read(form, form.toString(), dossier);
    }

    /**
     * Reads {@code form} against {@code dossier}.
     *
     * @param name the file as the user named it, for messages
     * @throws HomeworkRefusal when the file cannot be imported into this dossier at all
     */
    public static ImportedHomework read(Path form, String name, Dossier dossier) throws HomeworkRefusal {
        FilledForm filled = FilledForm.read(form, name);
        String version = filled.text(HomeworkFields.FORM_VERSION).strip();
        if (!HomeworkFields.KIND.equals(filled.text(HomeworkFields.FORM).strip()) || !version.matches("\\d{1,9}")) {
            throw new HomeworkRefusal(name, Reason.NOT_A_HOMEWORK_FORM);
        }
        if (Integer.parseInt(version) > HomeworkFields.VERSION) {
            throw new HomeworkRefusal(name, Reason.NEWER_FORM, version, String.valueOf(HomeworkFields.VERSION));
        }
        if (Integer.parseInt(version) < HomeworkFields.FIRST_CHECKED) {
            throw new HomeworkRefusal(name, Reason.OLD_FORM, version);
        }
        String dossierId = filled.text(HomeworkFields.DOSSIER_ID).strip();
        if (!dossier.id().equals(dossierId)) {
            throw new HomeworkRefusal(name, Reason.OTHER_DOSSIER, filled.text(HomeworkFields.DOSSIER_TITLE).strip(),
                    dossier.title());
        }
        String partnerId = filled.text(HomeworkFields.PARTNER_ID).strip();
        String shownName = filled.text(HomeworkFields.PARTNER_NAME).strip();
        // from version 3 the check value covers the ids of the lines too: a line cannot be pointed at another item
        List<String> lineIds = Integer.parseInt(version) >= HomeworkFields.FIRST_WITH_LINES ? lineIds(filled)
                : List.of();
        boolean checked = FormKey.of(dossier).map(key -> FormCheck.matches(filled.text(HomeworkFields.CHECK), key,
                HomeworkFields.KIND, version, dossierId, partnerId, shownName, lineIds)).orElse(false);
        if (!checked) {
            throw new HomeworkRefusal(name, Reason.CHANGED, dossier.title());
        }
        Partner before = dossier.partner(partnerId)
                .orElseThrow(() -> new HomeworkRefusal(name, Reason.UNKNOWN_PARTNER, shownName, dossier.title()));
        AnswerReader.Result read = AnswerReader.read(filled, before);
        return new ImportedHomework(name, dossier.id(), before, read.answers().applyTo(before), read.answers(),
                read.removals(), read.skipped());
    }

    /** The form's line ids as {@code field=id}, sorted by field: what the check value covers of them. */
    static List<String> lineIds(FilledForm filled) {
        return filled.fields().stream().filter(HomeworkFields::isIdField).sorted()
                .map(f -> f + "=" + filled.text(f).strip()).toList();
    }
}
