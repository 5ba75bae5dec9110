package nl.koers.instrument.brengenhalen.internal.homework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.koers.domain.EditRefused;
import nl.koers.domain.Firmness;
import nl.koers.domain.Limits;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkAnswers.Item;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkFields.Part;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkFields.Slot;
import nl.koers.instrument.brengenhalen.internal.homework.SkippedField.Reason;

/**
 * Turns the fields of a filled form into answers, as far as they are sound. The rules:
 * <ul>
 * <li>An empty field changes nothing: what the dossier holds there stays (and is reported when there is
 * something, so a partner's erasing is seen).
 * <li>An amount is read in Dutch or English notation ("2,5", "25.000", "1,000.50", "25.000,-"); a euro sign or
 * words typed with it ("€ 25.000", "16 uur/maand") become the unit when the unit field is empty. An amount that
 * is not a number ("veel"), below zero, or with a unit other than the unit field is skipped with its reason; the
 * rest of the item is read.
 * <li>A ticked "demand" with nothing described is skipped, unless the dossier already holds that item: then it
 * makes that item a demand.
 * <li>What a dossier file cannot keep ({@link Limits}) is skipped with its reason, so a form never makes a dossier
 * that does not open again: an amount with too many digits, a text that is too long (what the dossier holds there
 * stays).
 * </ul>
 */
final class AnswerReader {
    record Result(HomeworkAnswers answers, List<SkippedField> skipped) {
    }

    private final FilledForm form;
    private final HomeworkAnswers current;
    private final List<SkippedField> skipped = new ArrayList<>();

    private AnswerReader(FilledForm form, HomeworkAnswers current) {
        this.form = form;
        this.current = current;
    }

    /** @param current what the dossier holds in the form's slots now */
    static Result read(FilledForm form, HomeworkAnswers current) {
        AnswerReader r = new AnswerReader(form, current);
        String essence = r.text(HomeworkFields.ESSENCE, current.essence());
        String own = r.text(HomeworkFields.INTEREST_OWN, current.ownInterest());
        String add = r.text(HomeworkFields.INTEREST_ADD, current.addInterest());
        String core = r.text(HomeworkFields.CORE_VALUE, current.coreValue());
        Map<Slot, Item> items = new LinkedHashMap<>();
        for (Slot slot : Slot.all()) {
            r.item(slot).ifPresent(item -> items.put(slot, item));
        }
        return new Result(new HomeworkAnswers(essence, own, add, core, items), List.copyOf(r.skipped));
    }

    /** A text answer; empty when the field is, reporting what the dossier keeps. */
    private String text(String field, String kept) {
        String value = answer(field);
        if (value == null) {
            return "";
        }
        if (value.isEmpty() && !kept.isEmpty()) {
            skipped.add(SkippedField.of(field, Reason.EMPTY_KEPT, shorten(kept)));
        }
        return value;
    }

    /** A field's answer, cleaned; null when it is too long to keep (and that is reported). */
    private String answer(String field) {
        String value = HomeworkAnswers.clean(form.text(field));
        if (value.length() > Limits.TEXT_LENGTH) {
            skipped.add(SkippedField.of(field, Reason.TOO_LONG, String.valueOf(value.length()),
                    String.valueOf(Limits.TEXT_LENGTH)));
            return null;
        }
        return value;
    }

    private Optional<Item> item(Slot slot) {
        String description = Objects.requireNonNullElse(answer(slot.field(Part.DESCRIPTION)), "");
        String amountText = HomeworkAnswers.clean(form.text(slot.field(Part.AMOUNT)));
        String unit = Objects.requireNonNullElse(answer(slot.field(Part.UNIT)), "");
        boolean demand = form.ticked(slot.field(Part.DEMAND));
        Item now = current.items().get(slot);
        if (description.isEmpty() && amountText.isEmpty() && unit.isEmpty()) {
            if (now == null) {
                if (demand) {
                    skipped.add(SkippedField.of(slot.field(Part.DEMAND), Reason.DEMAND_ONLY));
                }
                return Optional.empty();
            }
            if (!demand) {
                skipped.add(SkippedField.of(slot.field(Part.DESCRIPTION), Reason.EMPTY_KEPT, summary(now)));
                return Optional.empty();
            }
            // "demand" ticked on an item the dossier holds: that item, now a demand
            return Optional.of(new Item(now.description(), now.amount(), now.unit(), Firmness.DEMAND));
        }
        BigDecimal amount = null;
        boolean amountSkipped = false;
        if (!amountText.isEmpty()) {
            try {
                Optional<Amounts.Typed> typed = Amounts.read(amountText);
                if (typed.isPresent()) {
                    Amounts.Typed t = typed.get();
                    if (t.amount().signum() < 0) {
                        skipped.add(SkippedField.of(slot.field(Part.AMOUNT), Reason.NEGATIVE, amountText));
                        amountSkipped = true;
                    } else if (t.words().isEmpty() || unit.isEmpty() || sameUnit(t.words(), unit)) {
                        amount = t.amount();
                        unit = unit.isEmpty() ? t.words() : unit;
                    } else {
                        skipped.add(SkippedField.of(slot.field(Part.AMOUNT), Reason.OTHER_UNIT, amountText, unit));
                        amountSkipped = true;
                    }
                }
            } catch (NumberFormatException e) {
                skipped.add(SkippedField.of(slot.field(Part.AMOUNT), Reason.NOT_A_NUMBER, shorten(amountText)));
                amountSkipped = true;
            } catch (EditRefused e) {
                skipped.add(SkippedField.of(slot.field(Part.AMOUNT), Reason.TOO_LARGE, shorten(amountText),
                        String.valueOf(Limits.AMOUNT_DIGITS)));
                amountSkipped = true;
            }
        }
        if (now == null && description.isEmpty() && amount == null && unit.isEmpty()) {
            return Optional.empty(); // only an amount, and that was skipped
        }
        if (now != null) {
            description = kept(slot.field(Part.DESCRIPTION), description, now.description());
            if (amount == null && now.amount() != null) {
                if (!amountSkipped) {
                    skipped.add(SkippedField.of(slot.field(Part.AMOUNT), Reason.EMPTY_KEPT,
                            now.amount().toPlainString()));
                }
                amount = now.amount();
            }
            unit = kept(slot.field(Part.UNIT), unit, now.unit());
        }
        return Optional.of(new Item(description, amount, unit, demand ? Firmness.DEMAND : Firmness.WISH));
    }

    /** The form's value, or what the dossier holds when the field is empty (and that is reported). */
    private String kept(String field, String value, String now) {
        if (!value.isEmpty() || now.isEmpty()) {
            return value;
        }
        if (skipped.stream().noneMatch(s -> s.field().equals(field))) { // a text too long was said already
            skipped.add(SkippedField.of(field, Reason.EMPTY_KEPT, shorten(now)));
        }
        return now;
    }

    /** "euro" and "€" and "euro/jaar" and "Euro per jaar" are the same unit for an amount field. */
    private static boolean sameUnit(String words, String unit) {
        String a = unitWords(words);
        String b = unitWords(unit);
        return a.contains(b) || b.contains(a);
    }

    private static String unitWords(String s) {
        return s.toLowerCase(Locale.ROOT).replace("\u20ac", "euro").replaceAll("\\s+", " ").strip();
    }

    private static String summary(Item item) {
        if (!item.description().isEmpty()) {
            return shorten(item.description());
        }
        return ((item.amount() == null ? "" : item.amount().toPlainString()) + " " + item.unit()).strip();
    }

    /** A long answer in a message: its first 80 characters, on one line. */
    static String shorten(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() <= 80 ? line : line.substring(0, 79).strip() + "\u2026";
    }
}
