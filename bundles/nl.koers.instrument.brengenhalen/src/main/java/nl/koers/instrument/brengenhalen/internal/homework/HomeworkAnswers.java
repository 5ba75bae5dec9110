package nl.koers.instrument.brengenhalen.internal.homework;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.koers.domain.CoreValue;
import nl.koers.domain.Contribution;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Texts;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkFields.Part;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkFields.Slot;

/**
 * A partner's answers to the homework questions, and where they live in the domain. Each text answer has one place
 * (a slot) in the partner:
 * <ul>
 * <li>essence and ambition: the partner's {@code essence};
 * <li>own interest (independent of this collaboration): the partner's first interest at level
 * {@link Level#ORGANISATION}, the organisation's own interest;
 * <li>what the collaboration must add to it: the first interest at level {@link Level#NETWORK}, because it is
 * what the partner expects of the network as a whole (the "overarching" interest of the Netwerkambitie card);
 * <li>core value: the first core value.
 * </ul>
 * What a partner brings and gets are lines, any number per direction and category, each with its description,
 * amount, unit and wish or demand; a line that came from a contribution of the dossier carries its id, so that an
 * import updates that contribution instead of adding a second one. Other interests and core values the partner
 * holds are not asked in the form and not touched by an import.
 *
 * @param essence empty when not answered
 * @param lines the answered lines, in the order of the form
 */
public record HomeworkAnswers(String essence, String ownInterest, String addInterest, String coreValue,
        List<Line> lines) {
    /** The level of the own interest. */
    static final Level OWN = Level.ORGANISATION;
    /** The level of what the collaboration must add to it. */
    static final Level ADD = Level.NETWORK;

    /** What a partner brings or gets in one category. @param amount null when not said */
    public record Item(String description, BigDecimal amount, String unit, Firmness firmness) {
        public Item {
            description = clean(description);
            unit = clean(unit);
            firmness = firmness == null ? Firmness.WISH : firmness;
        }

        static Item of(Contribution c) {
            return new Item(c.description(), c.amount(), c.unit(), c.firmness());
        }
    }

    /** One line of the form. @param id the contribution it was filled from; empty for a new one */
    public record Line(Slot slot, String id, Item item) {
        public Line {
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(item, "item");
            id = id == null ? "" : id.strip();
        }

        boolean isNew() {
            return id.isEmpty();
        }
    }

    public HomeworkAnswers {
        essence = clean(essence);
        ownInterest = clean(ownInterest);
        addInterest = clean(addInterest);
        coreValue = clean(coreValue);
        lines = List.copyOf(lines);
    }

    /** What the dossier holds for this partner in the places of the form: every contribution, as a line. */
    public static HomeworkAnswers of(Partner p) {
        List<Line> lines = new ArrayList<>();
        for (Slot slot : Slot.all()) {
            contributions(p, slot).forEach(c -> lines.add(new Line(slot, c.id(), Item.of(c))));
        }
        return new HomeworkAnswers(p.essence(), interest(p, OWN).map(Interest::text).orElse(""),
                interest(p, ADD).map(Interest::text).orElse(""),
                p.coreValues().stream().findFirst().map(CoreValue::text).orElse(""), lines);
    }

    /** The lines of one slot, in the order of the form. */
    public List<Line> lines(Slot slot) {
        return lines.stream().filter(l -> l.slot().equals(slot)).toList();
    }

    /**
     * The partner with these answers in their places. An unanswered question leaves its slot as it is. A line with
     * an id changes that contribution (its id, place, direction and category stay); one whose contribution is no
     * longer there changes nothing. A new line adds a contribution, unless the slot already holds one with the same
     * description that no other line is about: then that one is updated, so that importing the same form twice
     * adds nothing twice. An interest that is already there keeps what the form does not ask (its wish or demand);
     * text that only differs in line endings or surrounding spaces, and amounts that are equal numbers, are kept as
     * they were, so that importing the same form twice changes nothing. Nothing is removed here.
     */
    public Partner applyTo(Partner p) {
        Partner out = p;
        if (!essence.isEmpty() && !same(p.essence(), essence)) {
            out = out.withEssence(essence);
        }
        out = withInterest(out, OWN, ownInterest);
        out = withInterest(out, ADD, addInterest);
        if (!coreValue.isEmpty()) {
            Optional<CoreValue> slot = out.coreValues().stream().findFirst();
            if (slot.isEmpty()) {
                out = out.withCoreValues(List.of(CoreValue.of(coreValue)));
            } else if (!same(slot.get().text(), coreValue)) {
                out = out.withCoreValues(replaceFirst(new CoreValue(slot.get().id(), coreValue), out.coreValues()));
            }
        }
        Set<String> claimed = new HashSet<>();
        lines.stream().filter(l -> !l.isNew()).forEach(l -> claimed.add(l.id()));
        for (Line line : lines) {
            Optional<Contribution> there = line.isNew() ? sameNew(p, line, claimed) : contribution(out, line.id());
            if (there.isPresent()) {
                claimed.add(there.get().id());
                out = withItem(out, there.get(), line.item());
            } else if (line.isNew()) {
                Item item = line.item();
                out = out.withContribution(new Contribution(null, line.slot().direction(), line.slot().category(),
                        item.description(), item.amount(), item.unit(), item.firmness()));
            }
        }
        return out;
    }

    /**
     * A contribution of {@code p} in the line's slot with its description that no line is about yet; without a
     * description, one with its amount and unit too.
     */
    private static Optional<Contribution> sameNew(Partner p, Line line, Set<String> claimed) {
        Item item = line.item();
        return contributions(p, line.slot()).stream()
                .filter(c -> !claimed.contains(c.id()) && same(c.description(), item.description()))
                .filter(c -> !item.description().isEmpty()
                        || (same(c.unit(), item.unit()) && sameAmount(c.amount(), item.amount())))
                .findFirst();
    }

    /**
     * Each answer field as the form shows it, in the order of the form: the questions, then per slot its lines,
     * numbered from 1 ({@code bring.PEOPLE.2.amount}); unanswered questions are empty.
     */
    public Map<String, String> shown(Locale locale) {
        Texts words = Texts.words(locale);
        Map<String, String> out = new LinkedHashMap<>();
        out.put(HomeworkFields.ESSENCE, essence);
        out.put(HomeworkFields.INTEREST_OWN, ownInterest);
        out.put(HomeworkFields.INTEREST_ADD, addInterest);
        out.put(HomeworkFields.CORE_VALUE, coreValue);
        for (Slot slot : Slot.all()) {
            int n = 0;
            for (Line line : lines(slot)) {
                n++;
                Item item = line.item();
                out.put(slot.field(n, Part.DESCRIPTION), item.description());
                out.put(slot.field(n, Part.AMOUNT), Amounts.format(item.amount(), locale));
                out.put(slot.field(n, Part.UNIT), item.unit());
                out.put(slot.field(n, Part.DEMAND), words.label(item.firmness()));
            }
        }
        return out;
    }

    // ---- the slots

    static Optional<Interest> interest(Partner p, Level level) {
        return p.interests().stream().filter(i -> i.level() == level).findFirst();
    }

    /** The first contribution in a slot: the one line a form of version 2 showed. */
    static Optional<Contribution> contribution(Partner p, Slot slot) {
        return contributions(p, slot).stream().findFirst();
    }

    static List<Contribution> contributions(Partner p, Slot slot) {
        return p.contributions().stream()
                .filter(c -> c.direction() == slot.direction() && c.category() == slot.category()).toList();
    }

    static Optional<Contribution> contribution(Partner p, String id) {
        return p.contributions().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static Partner withInterest(Partner p, Level level, String text) {
        if (text.isEmpty()) {
            return p;
        }
        Optional<Interest> slot = interest(p, level);
        if (slot.isEmpty()) {
            return p.withInterest(Interest.of(text, level, Firmness.WISH));
        }
        Interest i = slot.get();
        return same(i.text(), text) ? p : p.withInterest(i.withText(text));
    }

    private static Partner withItem(Partner p, Contribution c, Item item) {
        Contribution next = new Contribution(c.id(), c.direction(), c.category(),
                same(c.description(), item.description()) ? c.description() : item.description(),
                sameAmount(c.amount(), item.amount()) ? c.amount() : item.amount(),
                same(c.unit(), item.unit()) ? c.unit() : item.unit(), item.firmness());
        return next.equals(c) ? p : p.withContribution(next);
    }

    private static <T> List<T> replaceFirst(T first, List<T> list) {
        List<T> out = new ArrayList<>(list);
        out.set(0, first);
        return out;
    }

    // ---- text as forms give it back

    /**
     * Text as a reader gives it back, made comparable: composed (NFC), line breaks as {@code \n} (readers write
     * {@code \r}), without surrounding white space.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    static boolean same(String a, String b) {
        return clean(a).equals(clean(b));
    }

    static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }
}
