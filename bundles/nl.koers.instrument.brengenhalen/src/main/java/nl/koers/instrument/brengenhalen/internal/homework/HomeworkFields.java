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
 * {@code interest.add}, {@code coreValue}, and per direction, category and line (from 1)
 * {@code bring.PEOPLE.1.description}, {@code bring.PEOPLE.1.amount}, {@code bring.PEOPLE.1.unit},
 * {@code bring.PEOPLE.1.demand} (a check box), and so on for {@code get.MEANS.2...}; a line filled from the dossier
 * has a hidden {@code bring.PEOPLE.1.id} with the id of its contribution, so that an import updates that
 * contribution. Forms of version 2 had one line per category without a number or id ({@code bring.PEOPLE.amount}).
 * Read-only: {@code dossier.title}, {@code partner.name}. Hidden: {@code koers.form}, {@code koers.formVersion},
 * {@code koers.dossierId}, {@code koers.partnerId}, which say whose form it is, and {@code koers.check} (from
 * version 2), the {@link FormCheck check value} that proves the others (from version 3 the line ids too) unchanged.
 */
public final class HomeworkFields {
    /** What kind of form this is; its value is {@link #KIND}. */
    public static final String FORM = "koers.form";
    public static final String KIND = "brengenhalen.homework";
    /** The version of this set of fields; its value is {@link #VERSION}. */
    public static final String FORM_VERSION = "koers.formVersion";
    /** The newest form version this Koers writes and reads. */
    public static final int VERSION = 3;
    /** The first form version with a check value; older forms cannot be read safely. */
    public static final int FIRST_CHECKED = 2;
    /** The first form version with numbered lines that carry the id of their contribution. */
    public static final int FIRST_WITH_LINES = 3;
    /** The last word of a line's hidden id field. */
    static final String ID = "id";
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

        /** The field of a form of version 2, which had one line per slot: {@code bring.PEOPLE.amount}. */
        public String field(Part part) {
            return item(direction, category, part);
        }

        /** The field of line {@code line} (from 1): {@code bring.PEOPLE.2.amount}. */
        public String field(int line, Part part) {
            return prefix() + "." + line + "." + part.word();
        }

        /** The hidden field with the id of the contribution line {@code line} was filled from. */
        public String idField(int line) {
            return prefix() + "." + line + "." + ID;
        }

        private String prefix() {
            return direction.name().toLowerCase(Locale.ROOT) + "." + category.name();
        }
    }

    private HomeworkFields() {
    }

    /** {@code bring.PEOPLE.amount}. */
    public static String item(Direction direction, Category category, Part part) {
        return direction.name().toLowerCase(Locale.ROOT) + "." + category.name() + "." + part.word();
    }

    /**
     * The slot, line and part of an item field, or empty for any other name; line 0 for a field of form version 2,
     * which had no line numbers.
     */
    static Optional<SlotPart> parse(String field) {
        String[] parts = field.split("\\.");
        if (parts.length != 3 && parts.length != 4) {
            return Optional.empty();
        }
        int line = parts.length == 3 ? 0 : lineNumber(parts[2]);
        if (line < 0) {
            return Optional.empty();
        }
        for (Slot slot : Slot.all()) {
            for (Part part : Part.values()) {
                String name = line == 0 ? slot.field(part) : slot.field(line, part);
                if (name.equals(field)) {
                    return Optional.of(new SlotPart(slot, line, part));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code field} is a line's hidden id field, {@code bring.PEOPLE.2.id}. */
    static boolean isIdField(String field) {
        String[] parts = field.split("\\.");
        return parts.length == 4 && ID.equals(parts[3]) && lineNumber(parts[2]) > 0
                && parse(field.substring(0, field.length() - ID.length()) + Part.DESCRIPTION.word()).isPresent();
    }

    /** A line number of at most four digits, or -1. */
    private static int lineNumber(String word) {
        return word.matches("[1-9]\\d{0,3}") ? Integer.parseInt(word) : -1;
    }

    /** @param line from 1; 0 for a field of form version 2 */
    record SlotPart(Slot slot, int line, Part part) {
    }

    /** The text questions, in the order of the form. */
    public static List<String> questions() {
        return List.of(ESSENCE, INTEREST_OWN, INTEREST_ADD, CORE_VALUE);
    }

    /** The fields of form version 2 a partner answered: the questions, then one line per slot. */
    public static List<String> answersOfVersion2() {
        List<String> out = new ArrayList<>(questions());
        for (Slot slot : Slot.all()) {
            for (Part part : Part.values()) {
                out.add(slot.field(part));
            }
        }
        return List.copyOf(out);
    }
}
