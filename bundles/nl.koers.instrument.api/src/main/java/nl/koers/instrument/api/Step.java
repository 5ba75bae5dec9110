package nl.koers.instrument.api;

import java.util.Objects;

/**
 * One step of an instrument: what happens, the question put to the partners, a tip for the facilitator, and how
 * long it usually takes.
 *
 * @param title what happens in this step, in a few words: the heading above the step's screen
 * @param question empty when the step asks nothing of the partners
 * @param tip empty when there is no tip
 * @param minutes how many minutes the step usually takes in a session, the default of a session plan and the
 *        step timer; 0 when the instrument does not say
 * @since 1.2
 */
public record Step(String title, String question, String tip, int minutes) {
    /** Checks the title and the minutes; a missing question or tip becomes empty. */
    public Step {
        Objects.requireNonNull(title, "title");
        question = question == null ? "" : question;
        tip = tip == null ? "" : tip;
        if (minutes < 0) {
            throw new IllegalArgumentException("a step takes 0 or more minutes, not " + minutes);
        }
    }

    /**
     * A step without a usual duration, as steps were before they had one.
     *
     * @param title what happens in this step
     * @param question empty when the step asks nothing of the partners
     * @param tip empty when there is no tip
     */
    public Step(String title, String question, String tip) {
        this(title, question, tip, 0);
    }
}
