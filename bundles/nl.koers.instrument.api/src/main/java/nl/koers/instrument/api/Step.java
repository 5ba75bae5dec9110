package nl.koers.instrument.api;

import java.util.Objects;

/**
 * One step of an instrument: what happens, the question put to the partners, and a tip for the facilitator.
 *
 * @param question empty when the step asks nothing of the partners
 * @param tip empty when there is no tip
 */
public record Step(String title, String question, String tip) {
    public Step {
        Objects.requireNonNull(title, "title");
        question = question == null ? "" : question;
        tip = tip == null ? "" : tip;
    }
}
