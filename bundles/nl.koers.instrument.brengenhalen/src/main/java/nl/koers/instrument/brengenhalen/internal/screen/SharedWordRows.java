package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Dossier;
import nl.koers.instrument.brengenhalen.internal.Phrases;
import nl.koers.instrument.brengenhalen.internal.SharedWords.Shared;
import nl.koers.instrument.brengenhalen.internal.SharedWords.Source;

/** What the commonalities' rows of shared words say: the word, and who shares it. No SWT. */
final class SharedWordRows {
    /** A network interest's word quotes at most this many interests; the rest is counted. */
    static final int MAX_QUOTES = 6;

    private SharedWordRows() {
    }

    /** The essences: each shared word with the partners that use it, the first {@code MAX_NAMES} named. */
    static List<WordRow.Shown> essences(Phrases say, Dossier d, List<Shared> shared) {
        List<WordRow.Shown> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(CommonalitiesStep.MAX_WORDS, shared.size()); i++) {
            Shared s = shared.get(i);
            rows.add(new WordRow.Shown(i, s.word(), say.format("screen.common.who",
                    say.names(d, s.partnerIds(), CommonalitiesStep.MAX_NAMES), s.partnerIds().size())));
        }
        return rows;
    }

    /** The network interests: each shared word with the interests it comes from, quoted. */
    static List<WordRow.Shown> networkInterests(Phrases say, Dossier d, List<Source> sources, List<Shared> shared) {
        Map<String, Source> byId = new HashMap<>();
        sources.forEach(x -> byId.putIfAbsent(x.id(), x));
        List<WordRow.Shown> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(CommonalitiesStep.MAX_WORDS, shared.size()); i++) {
            Shared s = shared.get(i);
            List<String> who = new ArrayList<>();
            for (String id : s.sourceIds().subList(0, Math.min(MAX_QUOTES, s.sourceIds().size()))) {
                Source x = byId.get(id);
                if (x != null) {
                    who.add(say.format("screen.common.quote", say.partnerName(d, x.partnerId()), x.text().strip()));
                }
            }
            if (s.sourceIds().size() > MAX_QUOTES) {
                who.add(say.format("screen.common.moreQuotes", s.sourceIds().size() - MAX_QUOTES));
            }
            rows.add(new WordRow.Shown(i, s.word(), String.join("\n", who)));
        }
        return rows;
    }
}
