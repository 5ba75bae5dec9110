package nl.koers.instrument.brengenhalen.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.koers.domain.Dossier;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.analysis.Match;
import nl.koers.domain.edit.Edit;
import nl.koers.domain.edit.Edits;
import nl.koers.domain.edit.MatchEdits;

/**
 * What the Brengen-halen gesprek keeps of its own in the dossier, under {@code "brengenhalen"} in the dossier's
 * instrument data (a JSON-like tree):
 *
 * <pre>
 * {
 *   "notes":  { "&lt;partner id&gt;": "the facilitator's notes while that partner had the floor", ... },
 *   "agreed": [ { "bring": "&lt;contribution id&gt;", "get": "&lt;contribution id&gt;" }, ... ]
 * }
 * </pre>
 *
 * An agreed pair is a match (one partner brings what another wants to get) that the partners agreed on, as this
 * instrument kept it before agreements were the dossier's: a match counts as agreed when the dossier confirms it
 * ({@link MatchDecision}), or when it is in this list and the dossier has no decision about it. Deciding about a
 * match ({@link #agree}, {@link #dismiss}) takes it out of the list, so the dossier's word is the only one left.
 * Both keys are optional: an empty note or an empty list is left out, and when nothing is left the instrument's
 * entry goes. Keys this version does not know are kept as they were. Notes of a partner that left and agreements
 * about items that were removed stay in the data, unseen, so an undo of the removal brings them back.
 *
 * <p>The speaking timer is not kept: it is the state of one meeting, not of the collaboration.
 */
public final class ConversationData {
    /** The key of this instrument's data in the dossier. */
    public static final String INSTRUMENT = "brengenhalen";
    static final String NOTES = "notes";
    static final String AGREED = "agreed";

    /** A match the partners agreed on, by the ids of the item brought and the item wanted. */
    public record Agreement(String bring, String get) {
        public static Agreement of(Match m) {
            return new Agreement(m.bring().contributionId(), m.get().contributionId());
        }
    }

    private final Map<String, Object> rest;
    private final Map<String, String> notes;
    private final Set<Agreement> agreed;
    private final List<MatchDecision> decisions;

    private ConversationData(Map<String, Object> rest, Map<String, String> notes, Set<Agreement> agreed,
            List<MatchDecision> decisions) {
        this.rest = rest;
        this.notes = notes;
        this.agreed = agreed;
        this.decisions = decisions;
    }

    /** Reads the data of a dossier; what is missing or not of the expected shape counts as empty. */
    public static ConversationData of(Dossier d) {
        Map<String, Object> rest = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        Set<Agreement> agreed = new LinkedHashSet<>();
        if (d.instrumentData().get(INSTRUMENT) instanceof Map<?, ?> data) {
            data.forEach((k, v) -> rest.put(String.valueOf(k), v));
            if (data.get(NOTES) instanceof Map<?, ?> n) {
                n.forEach((k, v) -> {
                    if (v instanceof String text && !text.isBlank()) {
                        notes.put(String.valueOf(k), text);
                    }
                });
            }
            if (data.get(AGREED) instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> pair && pair.get("bring") instanceof String b
                            && pair.get("get") instanceof String g) {
                        agreed.add(new Agreement(b, g));
                    }
                }
            }
        }
        rest.remove(NOTES);
        rest.remove(AGREED);
        return new ConversationData(rest, notes, agreed, d.matchDecisions());
    }

    /**
     * {@return the dossier without what a note or a tick changes} This instrument's data and the confirmed
     * matches: when only these change, a screen updates its boxes and keeps its widgets. A dismissed match
     * counts, as it leaves the screen.
     */
    public static Dossier content(Dossier d) {
        return d.withInstrumentData(INSTRUMENT, null)
                .withMatchDecisions(d.matchDecisions().stream().filter(MatchDecision::dismissed).toList());
    }

    /** The facilitator's notes for a partner; empty when there are none. */
    public String note(String partnerId) {
        return notes.getOrDefault(partnerId, "");
    }

    public Map<String, String> notes() {
        return Collections.unmodifiableMap(notes);
    }

    /** Whether the partners agreed on the match: confirmed in the dossier, or ticked here and not decided since. */
    public boolean agreed(Match m) {
        return decision(m).map(MatchDecision::confirmed).orElseGet(() -> agreed.contains(Agreement.of(m)));
    }

    /** The agreements this instrument kept itself that the dossier has not decided about since, as confirmations. */
    public List<MatchDecision> agreedHere() {
        return agreed.stream().filter(a -> decisions.stream().noneMatch(x -> x.about(a.bring(), a.get())))
                .map(a -> new MatchDecision(a.bring(), a.get(), MatchDecision.Verdict.CONFIRMED)).toList();
    }

    /** Whether the facilitator dismissed the match as meaningless. */
    public boolean dismissed(Match m) {
        return decision(m).map(MatchDecision::dismissed).orElse(false);
    }

    private Optional<MatchDecision> decision(Match m) {
        return decisions.stream().filter(x -> x.about(m.bring().contributionId(), m.get().contributionId()))
                .findFirst();
    }

    /** The edit that confirms the match in the dossier, or takes the confirmation back; one undo step. */
    public Edit agree(Match m, boolean on) {
        String bring = m.bring().contributionId();
        String get = m.get().contributionId();
        return decided(on ? MatchEdits.confirm(bring, get) : MatchEdits.undecide(bring, get), m);
    }

    /** The edit that dismisses the match, or puts a dismissed one back; one undo step. */
    public Edit dismiss(Match m, boolean on) {
        String bring = m.bring().contributionId();
        String get = m.get().contributionId();
        return decided(on ? MatchEdits.dismiss(bring, get) : MatchEdits.undecide(bring, get), m);
    }

    /** The dossier's decision, with this instrument's old tick for the match gone. */
    private Edit decided(Edit decision, Match m) {
        Edit withoutTick = withAgreed(m, false).edit();
        return new Edit(decision.labelKey(), d -> withoutTick.applyTo(decision.applyTo(d)));
    }

    public Set<Agreement> agreements() {
        return Collections.unmodifiableSet(agreed);
    }

    /** These data with a partner's notes replaced; blank notes are removed. */
    public ConversationData withNote(String partnerId, String text) {
        Map<String, String> n = new LinkedHashMap<>(notes);
        if (text == null || text.isBlank()) {
            n.remove(partnerId);
        } else {
            n.put(partnerId, text);
        }
        return new ConversationData(rest, n, agreed, decisions);
    }

    /** These data with a match agreed on, or no longer. */
    public ConversationData withAgreed(Match m, boolean on) {
        Set<Agreement> a = new LinkedHashSet<>(agreed);
        if (on) {
            a.add(Agreement.of(m));
        } else {
            a.remove(Agreement.of(m));
        }
        return new ConversationData(rest, notes, a, decisions);
    }

    /** The tree as it is kept in the dossier, or null when there is nothing to keep. */
    public Map<String, Object> toData() {
        Map<String, Object> out = new LinkedHashMap<>(rest);
        if (!notes.isEmpty()) {
            out.put(NOTES, Collections.unmodifiableMap(new LinkedHashMap<>(notes)));
        }
        if (!agreed.isEmpty()) {
            List<Object> list = new ArrayList<>();
            for (Agreement a : agreed) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("bring", a.bring());
                pair.put("get", a.get());
                list.add(Collections.unmodifiableMap(pair));
            }
            out.put(AGREED, List.copyOf(list));
        }
        return out.isEmpty() ? null : Collections.unmodifiableMap(out);
    }

    /** The edit that puts these data in the dossier (undoable like any other). */
    public Edit edit() {
        return Edits.instrumentData(INSTRUMENT, toData());
    }
}
