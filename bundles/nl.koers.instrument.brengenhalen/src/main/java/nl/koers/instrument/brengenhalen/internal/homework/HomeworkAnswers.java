package nl.koers.instrument.brengenhalen.internal.homework;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * A partner's answers to the homework questions, and where they live in the domain. Each answer has one place
 * (a slot) in the partner:
 * <ul>
 * <li>essence and ambition: the partner's {@code essence};
 * <li>own interest (independent of this collaboration): the partner's first interest at level
 * {@link Level#ORGANISATION}, the organisation's own interest;
 * <li>what the collaboration must add to it: the first interest at level {@link Level#NETWORK}, because it is
 * what the partner expects of the network as a whole (the "overarching" interest of the Netwerkambitie card);
 * <li>core value: the first core value;
 * <li>bring and get: per direction and category the first contribution, with its description, amount, unit and
 * wish or demand.
 * </ul>
 * Other interests, core values and contributions the partner holds (from the screens or other instruments) are
 * neither shown in the form nor touched by an import.
 *
 * @param essence empty when not answered
 * @param items only the answered slots
 */
public record HomeworkAnswers(String essence, String ownInterest, String addInterest, String coreValue,
        Map<Slot, Item> items) {
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
    }

    public HomeworkAnswers {
        essence = clean(essence);
        ownInterest = clean(ownInterest);
        addInterest = clean(addInterest);
        coreValue = clean(coreValue);
        Map<Slot, Item> ordered = new LinkedHashMap<>();
        for (Slot slot : Slot.all()) {
            if (items != null && items.get(slot) != null) {
                ordered.put(slot, items.get(slot));
            }
        }
        items = Collections.unmodifiableMap(ordered);
    }

    /** What the dossier holds for this partner in the slots of the form. */
    public static HomeworkAnswers of(Partner p) {
        Map<Slot, Item> items = new LinkedHashMap<>();
        for (Slot slot : Slot.all()) {
            contribution(p, slot).ifPresent(c -> items.put(slot,
                    new Item(c.description(), c.amount(), c.unit(), c.firmness())));
        }
        return new HomeworkAnswers(p.essence(), interest(p, OWN).map(Interest::text).orElse(""),
                interest(p, ADD).map(Interest::text).orElse(""),
                p.coreValues().stream().findFirst().map(CoreValue::text).orElse(""), items);
    }

    /**
     * The partner with these answers in their slots. An unanswered question leaves its slot as it is: a form
     * cannot tell "I erased this" from "I did not answer", and removing is done in Koers. A record that is
     * already there keeps its id, its place and what the form does not ask (an interest's wish or demand); text
     * that only differs in line endings or surrounding spaces, and amounts that are equal numbers, are kept as
     * they were, so that importing the same form twice changes nothing.
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
        for (Map.Entry<Slot, Item> e : items.entrySet()) {
            out = withItem(out, e.getKey(), e.getValue());
        }
        return out;
    }

    /** Each answer field as the form shows it, in the order of the form; unanswered fields are empty. */
    public Map<String, String> shown(Locale locale) {
        Texts words = Texts.words(locale);
        Map<String, String> out = new LinkedHashMap<>();
        out.put(HomeworkFields.ESSENCE, essence);
        out.put(HomeworkFields.INTEREST_OWN, ownInterest);
        out.put(HomeworkFields.INTEREST_ADD, addInterest);
        out.put(HomeworkFields.CORE_VALUE, coreValue);
        for (Slot slot : Slot.all()) {
            Item item = items.get(slot);
            out.put(slot.field(Part.DESCRIPTION), item == null ? "" : item.description());
            out.put(slot.field(Part.AMOUNT), item == null ? "" : Amounts.format(item.amount(), locale));
            out.put(slot.field(Part.UNIT), item == null ? "" : item.unit());
            out.put(slot.field(Part.DEMAND), item == null ? "" : words.label(item.firmness()));
        }
        return out;
    }

    // ---- the slots

    static Optional<Interest> interest(Partner p, Level level) {
        return p.interests().stream().filter(i -> i.level() == level).findFirst();
    }

    static Optional<Contribution> contribution(Partner p, Slot slot) {
        return p.contributions().stream()
                .filter(c -> c.direction() == slot.direction() && c.category() == slot.category()).findFirst();
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

    private static Partner withItem(Partner p, Slot slot, Item item) {
        Optional<Contribution> there = contribution(p, slot);
        if (there.isEmpty()) {
            return p.withContribution(new Contribution(null, slot.direction(), slot.category(), item.description(),
                    item.amount(), item.unit(), item.firmness()));
        }
        Contribution c = there.get();
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
