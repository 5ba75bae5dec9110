package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.MatchDecision;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Finding;
import nl.koers.domain.analysis.MatchRanking;
import nl.koers.domain.analysis.MatchesShown;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.SharedWords;
import nl.koers.instrument.brengenhalen.internal.SharedWords.Shared;
import nl.koers.instrument.brengenhalen.internal.SharedWords.Source;

/**
 * What the commonalities step ({@link CommonalitiesStep}) shows of a dossier, worked out on the background thread:
 * the words the partners share, the matches of bring and get, the findings and the demands nobody shares. No SWT.
 */
final class CommonalitiesAnalysis {
    /** At most this many matches per item brought, until "show all". */
    private static final int PER_ITEM = 5;
    /** In {@link #loneDemands}: a word that the interests of more than one partner use. */
    private static final Object SEVERAL = new Object();
    /** Keeps what it ranked: after an edit only what the edit changed is ranked again. */
    private final MatchRanking ranking = new MatchRanking();
    /** Keeps the texts' words: after an edit only the texts it changed are cut into words again. */
    private final KeptWords words = new KeptWords();

    /** What the step shows of one dossier, worked out on the background thread. */
    record Seen(Dossier dossier, Compared content, List<Shared> essences, List<Source> network,
            List<Shared> sharedNetwork, MatchesShown matches, List<Finding> findings, List<Lone> demands) {
        /** {@return the same lists, read in {@code now}: a dossier with the same items, other texts} */
        Seen in(Dossier now, List<Source> networkNow) {
            return new Seen(now, content, essences, networkNow, sharedNetwork, matches, findings, demands);
        }
    }

    /** A partner's demand that no other partner's interests share a word with. */
    record Lone(String partnerId, String interestId) {
    }

    /**
     * What the step compares: the partners and the matches dismissed. A note, a tick, a canvas note or the ambition
     * changes nothing here, so it costs no analysis.
     */
    record Compared(List<Partner> partners, List<MatchDecision> dismissed) {
        static Compared of(Dossier d) {
            Dossier content = ConversationData.content(d);
            return new Compared(content.partners(), content.matchDecisions());
        }
    }

    /** {@return the ids of the partners and of what they bring, get and hold dear, in order} */
    static List<List<String>> items(Dossier d) {
        List<List<String>> out = new ArrayList<>();
        for (Partner p : d.partners()) {
            List<String> ids = new ArrayList<>();
            ids.add(p.id());
            p.contributions().forEach(c -> ids.add(c.id()));
            p.interests().forEach(i -> ids.add(i.id()));
            out.add(ids);
        }
        return out;
    }

    /** {@return the network interests of the partners, as they read in {@code d}} */
    static List<Source> networkSources(Dossier d) {
        List<Source> network = new ArrayList<>();
        for (Partner p : d.partners()) {
            for (Interest i : p.interests()) {
                if (i.level() == Level.NETWORK) {
                    network.add(new Source(i.id(), p.id(), i.text()));
                }
            }
        }
        return network;
    }

    /** On the background thread: everything the step shows that compares partners with each other. */
    Seen see(Dossier d, boolean showAll, boolean showDismissed) {
        List<Source> essences = d.partners().stream().map(p -> new Source(p.id(), p.id(), p.essence())).toList();
        List<Source> network = networkSources(d);
        MatchesShown shown = MatchesShown.of(ranking, d, PER_ITEM, showAll, showDismissed,
                ConversationData.of(d).agreedHere());
        words.next();
        return new Seen(d, Compared.of(d), SharedWords.among(essences, words::of), network,
                SharedWords.among(network, words::of), shown, BringGet.findings(d), loneDemands(d));
    }

    /**
     * On the background thread: every lone demand, as it reads. Which partners use a word is looked up, not found
     * by comparing every demand with every other partner's interests.
     */
    private List<Lone> loneDemands(Dossier d) {
        Map<String, Object> usedBy = new HashMap<>();
        for (Partner p : d.partners()) {
            for (Interest i : p.interests()) {
                for (String word : words.of(i.text()).keySet()) {
                    usedBy.merge(word, p.id(), (was, now) -> was.equals(now) ? was : SEVERAL);
                }
            }
        }
        List<Lone> lone = new ArrayList<>();
        for (Partner p : d.partners()) {
            for (Interest i : p.interests()) {
                // the words kept are those cut above: asked again, they are looked up, not cut again
                if (i.firmness() == Firmness.DEMAND && words.of(i.text()).keySet().stream()
                        .allMatch(w -> p.id().equals(usedBy.get(w)))) {
                    lone.add(new Lone(p.id(), i.id()));
                }
            }
        }
        return lone;
    }

    /** {@return the text of a lone demand as it reads in {@code d}} */
    static String text(Dossier d, Lone lone) {
        return d.partner(lone.partnerId()).flatMap(p -> p.interests().stream()
                .filter(i -> i.id().equals(lone.interestId())).findFirst()).map(Interest::text).orElse("");
    }
}
