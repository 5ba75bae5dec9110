package nl.koers.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The plan of one meeting with the partners: when and where, and the instruments' steps and the breaks in the order
 * they are taken, each with its minutes. The step timer follows it, it prints for the participants, and it is a
 * chapter of the dossier report.
 *
 * @param title what the meeting is called ("Startbijeenkomst"); may be empty
 * @param date the day, or null when not fixed yet
 * @param start the time it starts, or null when not fixed yet; with it the plan shows when each part begins
 * @param place where it is; may be empty
 * @param items the steps and breaks, in order
 */
public record SessionPlan(String id, String title, LocalDate date, LocalTime start, String place,
        List<PlanItem> items) {
    public SessionPlan {
        id = Values.id(id);
        title = Values.text(title);
        place = Values.text(place);
        items = Values.list(items);
    }

    /** A new plan without a day, a place or parts yet. */
    public static SessionPlan titled(String title) {
        return new SessionPlan(null, title, null, null, "", List.of());
    }

    public SessionPlan withDetails(String newTitle, LocalDate newDate, LocalTime newStart, String newPlace) {
        return new SessionPlan(id, newTitle, newDate, newStart, newPlace, items);
    }

    public SessionPlan withItems(List<PlanItem> newItems) {
        return new SessionPlan(id, title, date, start, place, newItems);
    }

    /** The part with that id. */
    public Optional<PlanItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The first part that is step {@code step} of {@code instrumentId}: the timer takes its minutes. */
    public Optional<PlanItem> stepOf(String instrumentId, int step) {
        return items.stream().filter(i -> i.plans(instrumentId, step)).findFirst();
    }

    /** The minutes of every part together. */
    public int minutes() {
        return items.stream().mapToInt(PlanItem::minutes).sum();
    }

    /** The minutes of the parts after the one with that id; every part's when there is none. */
    public int minutesAfter(String itemId) {
        int at = items.stream().map(PlanItem::id).toList().indexOf(itemId);
        return items.subList(at + 1, items.size()).stream().mapToInt(PlanItem::minutes).sum();
    }

    /** When the part with that id begins, by the minutes before it; empty without a start time or such a part. */
    public Optional<LocalTime> startOf(String itemId) {
        int at = items.stream().map(PlanItem::id).toList().indexOf(itemId);
        if (start == null || at < 0) {
            return Optional.empty();
        }
        return Optional.of(start.plusMinutes(items.subList(0, at).stream().mapToInt(PlanItem::minutes).sum()));
    }
}
