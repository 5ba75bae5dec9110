package nl.koers.instrument.brengenhalen.internal.homework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.koers.domain.Category;
import nl.koers.domain.Direction;

/**
 * The names of the fields of a homework form. They are stable and machine-readable, because a form sent out today
 * is read back weeks later, possibly by a newer Koers: {@code essence}, {@code interest.own},
 * {@code interest.add}, {@code coreValue}, and per direction and category {@code bring.PEOPLE.description},
 * {@code bring.PEOPLE.amount}, {@code bring.PEOPLE.unit}, {@code bring.PEOPLE.demand} (a check box), and so on
 * for {@code get.MEANS...}. Read-only: {@code dossier.title}, {@code partner.name}. Hidden: {@code koers.form},
 * {@code koers.formVersion}, {@code koers.dossierId}, {@code koers.partnerId}, which say whose form it is, and
 * {@code koers.check} (from version 2), the {@link FormCheck check value} that proves the others unchanged.
 */
public final class HomeworkFields {
    /** What kind of form this is; its value is {@link #KIND}. */
    public static final String FORM = "koers.form";
    public static final String KIND = "brengenhalen.homework";
    /** The version of this set of fields; its value is {@link #VERSION}. */
    public static final String FORM_VERSION = "koers.formVersion";
    /** The newest form version this Koers writes and reads. */
    public static final int VERSION = 2;
    /** The first form version with a check value; older forms cannot be read safely. */
    public static final int FIRST_CHECKED = 2;
    public static final String DOSSIER_ID = "koers.dossierId";
    public static final String PARTNER_ID = "koers.partnerId";
    /** The {@link FormCheck check value} over the fields above and {@link #PARTNER_NAME}. */
    public static final String CHECK = "koers.check";

    public static final String DOSSIER_TITLE = "dossier.title";
    public static final String PARTNER_NAME = "partner.name";

    public static final String ESSENCE = "essence";
    public static final String INTEREST_OWN = "interest.own";
    public static final String INTEREST_ADD = "interest.add";
    public static final String CORE_VALUE = "coreValue";

    /** The four fields of one bring or get item. */
    public enum Part {
        DESCRIPTION("description"), AMOUNT("amount"), UNIT("unit"), DEMAND("demand");

        private final String word;

        Part(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** One item of the form: what a partner brings or gets in one category. */
    public record Slot(Direction direction, Category category) {
        /** Every slot in the order of the form: all of bring, then all of get. */
        public static List<Slot> all() {
            List<Slot> out = new ArrayList<>();
            for (Direction d : Direction.values()) {
                for (Category c : Category.values()) {
                    out.add(new Slot(d, c));
                }
            }
            return List.copyOf(out);
        }

        public String field(Part part) {
            return item(direction, category, part);
        }
    }

    private HomeworkFields() {
    }

    /** {@code bring.PEOPLE.amount}. */
    public static String item(Direction direction, Category category, Part part) {
        return direction.name().toLowerCase(Locale.ROOT) + "." + category.name() + "." + part.word();
    }

    /** The slot and part of an item field, or empty for any other name. */
    static Optional<SlotPart> parse(String field) {
        String[] parts = field.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        for (Slot slot : Slot.all()) {
            for (Part part : Part.values()) {
                if (slot.field(part).equals(field)) {
                    return Optional.of(new SlotPart(slot, part));
                }
            }
        }
        return Optional.empty();
    }

    record SlotPart(Slot slot, Part part) {
    }

    /** The fields a partner answers, in the order of the form. */
    public static List<String> answers() {
        List<String> out = new ArrayList<>(List.of(ESSENCE, INTEREST_OWN, INTEREST_ADD, CORE_VALUE));
        for (Slot slot : Slot.all()) {
            for (Part part : Part.values()) {
                out.add(slot.field(part));
            }
        }
        return List.copyOf(out);
    }
}
