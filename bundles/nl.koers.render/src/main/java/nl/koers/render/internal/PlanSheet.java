package nl.koers.render.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import nl.koers.domain.Dossier;
import nl.koers.domain.PlanItem;
import nl.koers.domain.SessionPlan;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.Instrument;

/**
 * What a session plan says on paper, in words, once for both of its forms: the participants' sheet and the report's
 * chapter. Each part is a row: when it begins (with a start time), what happens, in which instrument, its minutes.
 *
 * @param title the sheet's title: the session plan of the meeting
 * @param meeting the meeting's own title, for a heading under a chapter that says it is the session plan
 * @param facts the day, the start and the place, as far as they are known, one per line
 * @param header the column titles
 * @param rows the parts in order
 * @param total the sum of the minutes, and when the meeting ends when it has a start time
 */
record PlanSheet(String title, String meeting, List<String> facts, List<String> header, List<Row> rows, String total) {
    /**
     * One part of the meeting.
     *
     * @param pause whether it is a break, set apart on paper
     */
    record Row(String time, String part, String instrument, String minutes, boolean pause) {
        List<String> cells() {
            return List.of(time, part, instrument, minutes);
        }
    }

    /**
     * @param instrumentName the name of an installed instrument by its id, in the language of {@code texts}; the
     *        id itself for one that is not installed
     */
    static PlanSheet of(SessionPlan plan, Dossier dossier, Texts texts, Locale locale,
            Function<String, String> instrumentName) {
        List<String> facts = new ArrayList<>();
        if (!dossier.title().isBlank()) {
            facts.add(texts.format("plan.dossier", dossier.title()));
        }
        if (plan.date() != null) {
            facts.add(texts.format("plan.date",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(plan.date())));
        }
        if (plan.start() != null) {
            facts.add(texts.format("plan.start", clock(plan.start())));
        }
        if (!plan.place().isBlank()) {
            facts.add(texts.format("plan.place", plan.place()));
        }
        List<Row> rows = plan.items().stream().map(i -> new Row(
                plan.startOf(i.id()).map(PlanSheet::clock).orElse(""), i.title(),
                i.isBreak() ? texts.get("plan.break") : instrumentName.apply(i.instrumentId()),
                String.valueOf(i.minutes()), i.isBreak())).toList();
        String total = plan.start() == null ? texts.format("plan.total", String.valueOf(plan.minutes()))
                : texts.format("plan.totalUntil", String.valueOf(plan.minutes()),
                        clock(plan.start().plusMinutes(plan.minutes())));
        String meeting = plan.title().isBlank() ? texts.get("plan.untitled") : plan.title();
        return new PlanSheet(texts.format("plan.titleOf", meeting), meeting, facts, List.of(texts.get("plan.column.time"), texts.get("plan.column.part"),
                texts.get("plan.column.instrument"), texts.get("plan.column.minutes")), rows, total);
    }

    /** Every plan of the dossier, with the names of the installed instruments its steps belong to. */
    static List<PlanSheet> all(Dossier dossier, Texts texts, Locale locale, List<Instrument> installed) {
        Map<String, String> names = new HashMap<>();
        dossier.sessionPlans().stream().flatMap(p -> p.items().stream()).filter(i -> !i.isBreak())
                .map(PlanItem::instrumentId).distinct()
                .forEach(id -> names.put(id, instrumentName(id, locale, installed)));
        return dossier.sessionPlans().stream().map(p -> of(p, dossier, texts, locale, names::get)).toList();
    }

    /** An instrument's name; its id when it is not installed or fails to say (a plugin's failure stays its own). */
    private static String instrumentName(String instrumentId, Locale locale, List<Instrument> installed) {
        for (Instrument instrument : installed) {
            try {
                if (instrument.id().equals(instrumentId)) {
                    return instrument.describe(locale).name();
                }
            } catch (RuntimeException | LinkageError e) {
                return instrumentId;
            }
        }
        return instrumentId;
    }

    static Texts texts(Locale locale) {
        return Texts.load("nl.koers.render.internal.Printables", locale, PlanSheet.class.getClassLoader());
    }

    private static String clock(LocalTime time) {
        return String.format("%d:%02d", time.getHour(), time.getMinute());
    }
}
