package nl.koers.instrument.api;

import java.util.Objects;

/**
 * One step of an instrument: what happens, the question put to the partners, and a tip for the facilitator.
 *
 * @param title what happens in this step, in a few words: the heading above the step's screen
 * @param question empty when the step asks nothing of the partners
 * @param tip empty when there is no tip
 */
public record Step(String title, String question, String tip) {
    /** Checks the title; a missing question or tip becomes empty. */
    public Step {
        Objects.requireNonNull(title, "title");
        question = question == null ? "" : question;
        tip = tip == null ? "" : tip;
    }
}
