package nl.koers.instrument.brengenhalen.internal.homework;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.brengenhalen.internal.ConversationData;

/**
 * The dossier's secret for the check value of its homework forms ({@link FormCheck}): 32 random bytes, Base64, under
 * {@code "formKey"} in the bring-get instrument's own data. It is made once, with the first forms, and kept with the
 * dossier; a copy of the dossier keeps it, so its forms can be read into the copy too.
 */
public final class FormKey {
    static final String FIELD = "formKey";
    private static final int BYTES = 32;

    private FormKey() {
    }

    /** The dossier's key; empty when it has made no forms yet (or the value is not a key of 32 bytes). */
    public static Optional<byte[]> of(Dossier dossier) {
        if (dossier.instrumentData().get(ConversationData.INSTRUMENT) instanceof Map<?, ?> data
                && data.get(FIELD) instanceof String text) {
            try {
                byte[] key = Base64.getDecoder().decode(text);
                return key.length == BYTES ? Optional.of(key) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The edit that gives a dossier a new random key when it has none; a dossier with a key keeps it. The key is
     * drawn here, once, so applying the edit again (redo) gives the same dossier.
     */
    public static Edit ensure() {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        String text = Base64.getEncoder().encodeToString(key);
        return new Edit("edit.instrumentData", d -> of(d).isPresent() ? d : withKey(d, text));
    }

    private static Dossier withKey(Dossier d, String key) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (d.instrumentData().get(ConversationData.INSTRUMENT) instanceof Map<?, ?> kept) {
            kept.forEach((k, v) -> data.put(String.valueOf(k), v));
        }
        data.put(FIELD, key);
        return d.withInstrumentData(ConversationData.INSTRUMENT, data);
    }
}
