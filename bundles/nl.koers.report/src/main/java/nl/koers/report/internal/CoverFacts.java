package nl.koers.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.report.Report.Fact;

/** What the cover says about the collaboration: only what was recorded, and the date of the document. */
final class CoverFacts {
    private CoverFacts() {
    }

    static String title(Dossier dossier, Words words) {
        return dossier.title().isBlank() ? words.get("untitled") : dossier.title();
    }

    static List<Fact> of(Dossier dossier, Words words, LocalDate today) {
        List<Fact> facts = new ArrayList<>();
        add(facts, words.get("cover.theme"), dossier.theme());
        add(facts, words.get("cover.initiator"), dossier.initiator());
        add(facts, words.get("cover.route"), words.label(dossier.route()));
        add(facts, words.get("cover.openness"), words.label(dossier.openness()));
        add(facts, words.get("cover.date"), words.date(today));
        return facts;
    }

    private static void add(List<Fact> facts, String label, String value) {
        if (!value.isBlank()) {
            facts.add(new Fact(label, value));
        }
    }
}
