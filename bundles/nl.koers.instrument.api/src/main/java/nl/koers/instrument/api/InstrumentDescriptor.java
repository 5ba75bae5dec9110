package nl.koers.instrument.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.koers.domain.Texts;

/**
 * What a facilitator needs to know to choose and prepare an instrument, in one language.
 *
 * @param id the instrument's id
 * @param name its name, as the catalogue shows it
 * @param purpose what it is for
 * @param outcome what it concretely yields
 * @param when when in a collaboration to use it
 * @param withWhom who takes part
 * @param duration how long it takes, for preparing, running and following up
 * @param materials what to have at hand (printed cards, a flip chart)
 * @param steps how it goes, step by step
 * @param tips for the facilitator
 * @param source where the method comes from
 */
public record InstrumentDescriptor(String id, String name, String purpose, String outcome, String when,
        String withWhom, String duration, List<String> materials, List<Step> steps, List<String> tips,
        String source) {

    /** Checks the id and name; a missing text becomes empty, the lists are copied and cannot be changed. */
    public InstrumentDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        purpose = orEmpty(purpose);
        outcome = orEmpty(outcome);
        when = orEmpty(when);
        withWhom = orEmpty(withWhom);
        duration = orEmpty(duration);
        materials = List.copyOf(materials);
        steps = List.copyOf(steps);
        tips = List.copyOf(tips);
        source = orEmpty(source);
    }

    /**
     * Reads a descriptor from an instrument's resource bundle, the way the standard instruments keep theirs:
     * keys {@code name, purpose, outcome, when, withWhom, duration, source}, numbered {@code material.N} and
     * {@code tip.N}, and per step {@code step.N.title}, {@code step.N.question}, {@code step.N.tip} and {@code step.N.minutes}
     * (a whole number, the step's usual duration in a session; anything else reads as not given). Steps are read from 1 up to the first number without
     * a title; a step's question, tip and minutes, and the source, may be left out.
     *
     * @param id the instrument's id
     * @param texts the instrument's texts in one language
     * @return the descriptor in the language of {@code texts}; a required key that is missing shows as
     *         {@code !key!}, so a test or a look at the catalogue finds it
     */
    public static InstrumentDescriptor fromTexts(String id, Texts texts) {
        List<Step> steps = new ArrayList<>();
        for (int i = 1; texts.has("step." + i + ".title"); i++) {
            String step = "step." + i;
            steps.add(new Step(texts.get(step + ".title"), optional(texts, step + ".question"),
                    optional(texts, step + ".tip"), minutes(texts, step + ".minutes")));
        }
        return new InstrumentDescriptor(id, texts.get("name"), texts.get("purpose"), texts.get("outcome"),
                texts.get("when"), texts.get("withWhom"), texts.get("duration"), texts.list("material"), steps,
                texts.list("tip"), optional(texts, "source"));
    }

    private static String optional(Texts texts, String key) {
        return texts.has(key) ? texts.get(key) : "";
    }

    /** A typo in a firm's texts must not cost the whole instrument: it reads as no usual duration. */
    private static int minutes(Texts texts, String key) {
        String minutes = optional(texts, key).strip();
        return minutes.matches("\\d{1,4}") ? Integer.parseInt(minutes) : 0;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
