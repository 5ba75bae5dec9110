package nl.koers.instrument.brengenhalen.internal.homework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.koers.domain.Contribution;
import nl.koers.domain.EditRefused;
import nl.koers.domain.Firmness;
import nl.koers.domain.Limits;
import nl.koers.domain.Partner;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkAnswers.Item;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkAnswers.Line;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkFields.Part;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkFields.Slot;
import nl.koers.instrument.brengenhalen.internal.homework.SkippedField.Reason;

/**
 * Turns the fields of a filled form into answers, as far as they are sound. The rules:
 * <ul>
 * <li>An empty field changes nothing: what the dossier holds there stays (and is reported when there is
 * something, so a partner's erasing is seen). A line filled from the dossier (form version 3) that the partner
 * emptied wholly is a removal, which the import asks about; a line whose contribution left the dossier since the
 * form was made is skipped with its reason.
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
    /**
     * @param removals the contributions whose lines the partner emptied: the import asks before it removes them
     */
    record Result(HomeworkAnswers answers, List<Contribution> removals, List<SkippedField> skipped) {
    }

    /** The four fields of one line, by name. */
    private record LineFields(String description, String amount, String unit, String demand) {
        static LineFields of(Slot slot, int line) {
            return new LineFields(slot.field(line, Part.DESCRIPTION), slot.field(line, Part.AMOUNT),
                    slot.field(line, Part.UNIT), slot.field(line, Part.DEMAND));
        }

        static LineFields ofVersion2(Slot slot) {
            return new LineFields(slot.field(Part.DESCRIPTION), slot.field(Part.AMOUNT), slot.field(Part.UNIT),
                    slot.field(Part.DEMAND));
        }
    }

    private final FilledForm form;
    private final Partner partner;
    private final List<Line> lines = new ArrayList<>();
    private final List<Contribution> removals = new ArrayList<>();
    private final List<SkippedField> skipped = new ArrayList<>();

    private AnswerReader(FilledForm form, Partner partner) {
        this.form = form;
        this.partner = partner;
    }

    /**
     * Reads a form of any version this Koers reads against {@code partner} as the dossier holds it now: numbered
     * lines with ids from version 3, one line per slot before.
     */
    static Result read(FilledForm form, Partner partner) {
        AnswerReader r = new AnswerReader(form, partner);
        HomeworkAnswers current = HomeworkAnswers.of(partner);
        String essence = r.text(HomeworkFields.ESSENCE, current.essence());
        String own = r.text(HomeworkFields.INTEREST_OWN, current.ownInterest());
        String add = r.text(HomeworkFields.INTEREST_ADD, current.addInterest());
        String core = r.text(HomeworkFields.CORE_VALUE, current.coreValue());
        boolean numbered = form.version() >= HomeworkFields.FIRST_WITH_LINES;
        for (Slot slot : Slot.all()) {
            if (numbered) {
                for (int n = 1; n <= lineCount(form, slot); n++) {
                    r.line(slot, n);
                }
            } else {
                r.lineOfVersion2(slot);
            }
        }
        return new Result(new HomeworkAnswers(essence, own, add, core, r.lines), List.copyOf(r.removals),
                List.copyOf(r.skipped));
    }

    /** The highest line number of the slot's fields in the form. */
    private static int lineCount(FilledForm form, Slot slot) {
        return form.names().stream().map(HomeworkFields::parse).flatMap(Optional::stream)
                .filter(sp -> sp.slot().equals(slot)).mapToInt(HomeworkFields.SlotPart::line).max().orElse(0);
    }

    /** A numbered line: a new one, or one filled from the contribution its hidden id names. */
    private void line(Slot slot, int n) {
        LineFields fields = LineFields.of(slot, n);
        String id = form.text(slot.idField(n)).strip();
        Optional<Contribution> now = id.isEmpty() ? Optional.empty() : HomeworkAnswers.contribution(partner, id);
        if (!id.isEmpty() && now.isEmpty()) {
            if (!isEmpty(fields)) {
                skipped.add(SkippedField.of(fields.description(), Reason.GONE,
                        shorten(HomeworkAnswers.clean(form.text(fields.description())))));
            }
            return;
        }
        if (now.isPresent() && isEmpty(fields)) {
            removals.add(now.get()); // emptied by the partner: removed only when the facilitator says so
            return;
        }
        item(fields, now.map(Item::of).orElse(null)).ifPresent(item -> lines.add(new Line(slot, id, item)));
    }

    /** The one line of a slot in a form of version 2: it was filled from the slot's first contribution. */
    private void lineOfVersion2(Slot slot) {
        Optional<Contribution> now = HomeworkAnswers.contribution(partner, slot);
        item(LineFields.ofVersion2(slot), now.map(Item::of).orElse(null))
                .ifPresent(item -> lines.add(new Line(slot, now.map(Contribution::id).orElse(""), item)));
    }

    private boolean isEmpty(LineFields fields) {
        return HomeworkAnswers.clean(form.text(fields.description())).isEmpty()
                && HomeworkAnswers.clean(form.text(fields.amount())).isEmpty()
                && HomeworkAnswers.clean(form.text(fields.unit())).isEmpty();
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

    /** @param now what the dossier holds in this line; null for a new line */
    private Optional<Item> item(LineFields f, Item now) {
        String description = Objects.requireNonNullElse(answer(f.description()), "");
        String amountText = HomeworkAnswers.clean(form.text(f.amount()));
        String unit = Objects.requireNonNullElse(answer(f.unit()), "");
        boolean demand = form.ticked(f.demand());
        if (description.isEmpty() && amountText.isEmpty() && unit.isEmpty()) {
            if (now == null) {
                if (demand) {
                    skipped.add(SkippedField.of(f.demand(), Reason.DEMAND_ONLY));
                }
                return Optional.empty();
            }
            if (!demand) {
                skipped.add(SkippedField.of(f.description(), Reason.EMPTY_KEPT, summary(now)));
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
                        skipped.add(SkippedField.of(f.amount(), Reason.NEGATIVE, amountText));
                        amountSkipped = true;
                    } else if (t.words().isEmpty() || unit.isEmpty() || sameUnit(t.words(), unit)) {
                        amount = t.amount();
                        unit = unit.isEmpty() ? t.words() : unit;
                    } else {
                        skipped.add(SkippedField.of(f.amount(), Reason.OTHER_UNIT, amountText, unit));
                        amountSkipped = true;
                    }
                }
            } catch (NumberFormatException e) {
                skipped.add(SkippedField.of(f.amount(), Reason.NOT_A_NUMBER, shorten(amountText)));
                amountSkipped = true;
            } catch (EditRefused e) {
                skipped.add(SkippedField.of(f.amount(), Reason.TOO_LARGE, shorten(amountText),
                        String.valueOf(Limits.AMOUNT_DIGITS)));
                amountSkipped = true;
            }
        }
        if (now == null && description.isEmpty() && amount == null && unit.isEmpty()) {
            return Optional.empty(); // only an amount, and that was skipped
        }
        if (now != null) {
            description = kept(f.description(), description, now.description());
            if (amount == null && now.amount() != null) {
                if (!amountSkipped) {
                    skipped.add(SkippedField.of(f.amount(), Reason.EMPTY_KEPT,
                            now.amount().toPlainString()));
                }
                amount = now.amount();
            }
            unit = kept(f.unit(), unit, now.unit());
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
