package nl.koers.instrument.brengenhalen.internal.homework;

import java.util.HashMap;
import java.util.Map;

import nl.koers.instrument.brengenhalen.internal.homework.HomeworkRefusal.Reason;

/**
 * The forms of one import, at most one per partner: a second form for a partner would silently overwrite the
 * answers of the first, so it is refused, naming both.
 */
public final class OnePerPartner {
    private final Map<String, String> firstForm = new HashMap<>();

    /** Takes {@code form} when its partner has no form in this import yet; refuses it otherwise. */
    public void admit(ImportedHomework form) throws HomeworkRefusal {
        String first = firstForm.putIfAbsent(form.partnerId(), form.file());
        if (first != null) {
            throw new HomeworkRefusal(form.file(), Reason.SAME_PARTNER, form.before().name(), first);
        }
    }
}
