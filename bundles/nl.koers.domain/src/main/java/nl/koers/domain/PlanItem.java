package nl.koers.domain;

import java.util.Objects;

import nl.koers.domain.EditRefused.Reason;

/**
 * One part of a session plan: a step of an instrument, or a break, with the minutes it is given. A step keeps its
 * title as it was when it was planned, so the plan still reads (and prints) when the instrument is not installed.
 *
 * @param kind a step or a break
 * @param instrumentId the instrument whose step this is; empty for a break
 * @param step the step's index in its instrument, 0-based as the instrument counts them; -1 for a break
 * @param title what happens: the step's title, or "Pauze", "Lunch"
 * @param minutes from 0 to {@link #MAX_MINUTES}
 */
public record PlanItem(String id, Kind kind, String instrumentId, int step, String title, int minutes) {
    /** A day: no part of one meeting takes longer. */
    public static final int MAX_MINUTES = 24 * 60;

    /** What a part of the plan is. */
    public enum Kind {
        STEP, BREAK
    }

    public PlanItem {
        id = Values.id(id);
        Objects.requireNonNull(kind, "kind");
        instrumentId = kind == Kind.BREAK ? "" : Values.text(instrumentId);
        step = kind == Kind.BREAK ? -1 : Math.max(0, step);
        title = Values.text(title);
        if (minutes < 0 || minutes > MAX_MINUTES) {
            // as texts: a number would be written 1.441 in Dutch, and the store passes its arguments on as texts
            throw new EditRefused(Reason.MINUTES_OUT_OF_RANGE, String.valueOf(minutes), String.valueOf(MAX_MINUTES));
        }
    }

    /** A step of an instrument, with a fresh id. */
    public static PlanItem step(String instrumentId, int step, String title, int minutes) {
        return new PlanItem(null, Kind.STEP, instrumentId, step, title, minutes);
    }

    /** A break, with a fresh id. */
    public static PlanItem pause(String title, int minutes) {
        return new PlanItem(null, Kind.BREAK, "", -1, title, minutes);
    }

    public boolean isBreak() {
        return kind == Kind.BREAK;
    }

    /** Whether this part is step {@code index} of the instrument {@code instrument}. */
    public boolean plans(String instrument, int index) {
        return kind == Kind.STEP && instrumentId.equals(instrument) && step == index;
    }

    public PlanItem withTitle(String newTitle) {
        return new PlanItem(id, kind, instrumentId, step, newTitle, minutes);
    }

    public PlanItem withMinutes(int newMinutes) {
        return new PlanItem(id, kind, instrumentId, step, title, newMinutes);
    }
}
