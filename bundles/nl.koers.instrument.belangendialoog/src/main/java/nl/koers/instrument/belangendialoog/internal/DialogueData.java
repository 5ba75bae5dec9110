package nl.koers.instrument.belangendialoog.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;

/**
 * The interest dialogue's own working data, kept in the dossier under the instrument's id: which building blocks
 * of a good dialogue the facilitator ticked, and per partner the answers to the check of the logic of the
 * table. The map looks like
 * {@code {"checklist": {"LISTEN": true}, "tableLogic": {"<partner id>": {"1": "NETWORK", "2": "HIERARCHY"}}}};
 * keys this version does not know are kept as they were.
 */
public final class DialogueData {
    static final String CHECKLIST = "checklist";
    static final String TABLE_LOGIC = "tableLogic";

    /** The building blocks of a good dialogue, and the win-win attitude it asks for. */
    public enum Block {
        LISTEN, BUILD_ON, QUALITIES, SHARED_FIRST, WIN_WIN
    }

    /** How a partner acts on one characteristic of figure 1: in the logic of the hierarchy or of the network. */
    public enum Logic {
        HIERARCHY, NETWORK
    }

    private final Map<String, Object> data;

    private DialogueData(Map<String, Object> data) {
        this.data = data;
    }

    /** The data as it is in the dossier; empty when the instrument has not been used on it yet. */
    public static DialogueData of(Dossier d) {
        Object o = d.instrumentData().get(BelangendialoogInstrument.ID);
        return new DialogueData(o instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>());
    }

    public boolean ticked(Block block) {
        return Boolean.TRUE.equals(section(CHECKLIST).get(block.name()));
    }

    public long tickedCount() {
        return java.util.Arrays.stream(Block.values()).filter(this::ticked).count();
    }

    /** How a partner acts on row {@code row} (1 to {@link TableLogic#ROWS}); empty when not answered. */
    public Optional<Logic> answer(String partnerId, int row) {
        Object partner = section(TABLE_LOGIC).get(partnerId);
        if (partner instanceof Map<?, ?> answers && answers.get(String.valueOf(row)) instanceof String s) {
            try {
                return Optional.of(Logic.valueOf(s.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A partner's answers by row (1 to {@link TableLogic#ROWS}); rows not answered are left out. */
    public Map<Integer, Logic> answers(String partnerId) {
        Map<Integer, Logic> out = new LinkedHashMap<>();
        for (int row = 1; row <= TableLogic.ROWS; row++) {
            int r = row;
            answer(partnerId, row).ifPresent(logic -> out.put(r, logic));
        }
        return out;
    }

    /** Ticks or unticks a building block, as one edit. */
    public static Edit tick(Block block, boolean ticked) {
        return change(d -> d.put(CHECKLIST, block.name(), ticked ? Boolean.TRUE : null));
    }

    /** Records a partner's answer on one row; null clears it. */
    public static Edit answer(String partnerId, int row, Logic logic) {
        return change(d -> {
            Map<String, Object> partners = d.section(TABLE_LOGIC);
            Map<String, Object> answers = partners.get(partnerId) instanceof Map<?, ?> m ? copy(m)
                    : new LinkedHashMap<>();
            if (logic == null) {
                answers.remove(String.valueOf(row));
            } else {
                answers.put(String.valueOf(row), logic.name());
            }
            return d.put(TABLE_LOGIC, partnerId, answers.isEmpty() ? null : answers);
        });
    }

    /** An edit made from the data as it is when the edit is applied, so it never undoes a change in between. */
    private static Edit change(UnaryOperator<DialogueData> change) {
        return new Edit("edit.instrumentData",
                d -> d.withInstrumentData(BelangendialoogInstrument.ID, change.apply(of(d)).data));
    }

    private Map<String, Object> section(String name) {
        return data.get(name) instanceof Map<?, ?> m ? copy(m) : new LinkedHashMap<>();
    }

    private DialogueData put(String section, String key, Object value) {
        Map<String, Object> next = new LinkedHashMap<>(data);
        Map<String, Object> s = section(section);
        if (value == null) {
            s.remove(key);
        } else {
            s.put(key, value);
        }
        if (s.isEmpty()) {
            next.remove(section);
        } else {
            next.put(section, s);
        }
        return new DialogueData(next);
    }

    private static Map<String, Object> copy(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
