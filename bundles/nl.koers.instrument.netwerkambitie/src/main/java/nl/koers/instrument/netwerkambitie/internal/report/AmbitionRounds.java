package nl.koers.instrument.netwerkambitie.internal.report;

import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Partner;
import nl.koers.domain.Recognition;
import nl.koers.domain.analysis.Segment;
import nl.koers.domain.analysis.TextDiff;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.netwerkambitie.internal.Phrases;

/**
 * The shared ambition in the report: the rounds newest first, so the current one leads; each with its statement,
 * what it asks, its facts, every partner's endorsement with its remark, and what changed since the round before,
 * word by word.
 */
final class AmbitionRounds {
    private final Phrases say;

    AmbitionRounds(Phrases say) {
        this.say = say;
    }

    void add(List<Block> out, Dossier d) {
        List<AmbitionVersion> versions = d.ambition().versions();
        out.add(new Block.Heading(1, say.get("report.ambition")));
        if (versions.isEmpty()) {
            out.add(new Block.Paragraph(say.get("poster.none")));
            return;
        }
        if (versions.size() > 1) {
            out.add(new Block.Paragraph(say.get("report.diff.legend"), Block.Paragraph.Kind.NOTE));
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            AmbitionVersion v = versions.get(i);
            boolean current = i == versions.size() - 1;
            out.add(new Block.Heading(2, current ? say.format("report.ambition.current", say.version(v))
                    : say.version(v)));
            round(out, d, v);
            if (i > 0) {
                changes(out, versions.get(i - 1), v);
            }
        }
    }

    private void round(List<Block> out, Dossier d, AmbitionVersion v) {
        out.add(new Block.Paragraph(v.statement().isBlank() ? say.get("poster.noStatement") : v.statement()));
        if (!v.concretisation().isBlank()) {
            out.add(new Block.Paragraph(say.format("report.ambition.concretisation", v.concretisation())));
        }
        if (!v.facts().isEmpty()) {
            List<String> facts = new ArrayList<>();
            for (Fact f : v.facts()) {
                facts.add(f.source().isBlank() ? f.text() : say.format("poster.fact", f.text(), f.source()));
            }
            out.add(new Block.Paragraph(say.get("poster.facts")));
            out.add(new Block.Bullets(facts));
        }
        endorsements(out, d, v);
    }

    /** Every partner of the dossier, also those not asked yet: the room must see who is missing. */
    private void endorsements(List<Block> out, Dossier d, AmbitionVersion v) {
        List<List<String>> rows = new ArrayList<>();
        int yes = 0;
        for (Partner p : d.partners()) {
            Endorsement e = v.endorsements().get(p.id());
            rows.add(List.of(say.name(p),
                    e == null ? say.get("screen.ambition.notAsked") : say.word(e.recognition()),
                    e == null ? "" : e.remark()));
            yes += e != null && e.recognition() == Recognition.YES ? 1 : 0;
        }
        if (rows.isEmpty()) {
            return;
        }
        out.add(new Block.Paragraph(say.format("report.endorsements", yes, rows.size())));
        out.add(new Block.Table(List.of(say.get("report.endorsements.partner"),
                say.get("report.endorsements.recognition"), say.get("report.endorsements.remark")), rows));
    }

    private void changes(List<Block> out, AmbitionVersion before, AmbitionVersion after) {
        String statement = marked(TextDiff.words(before.statement(), after.statement()));
        out.add(new Block.Paragraph(say.format("report.diff.statement", before.round(),
                statement.equals(after.statement()) ? say.get("report.diff.none") : statement)));
        if (before.concretisation().isBlank() && !after.concretisation().isBlank()) {
            out.add(new Block.Paragraph(say.format("report.diff.concretisationNew", before.round())));
        } else if (!before.concretisation().isBlank()) {
            String concretisation = marked(TextDiff.words(before.concretisation(), after.concretisation()));
            out.add(new Block.Paragraph(say.format("report.diff.concretisation", before.round(),
                    concretisation.equals(after.concretisation()) ? say.get("report.diff.none") : concretisation)));
        }
    }

    /**
     * The text after, with what went out and what came in marked in words, since a report's paragraph has no
     * strike-through: "elke jongere [erbij: in de regio] een plek".
     */
    String marked(List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        boolean afterMark = false;
        for (Segment s : segments) {
            String words = s.text().strip();
            if (s.change() == Segment.Change.SAME || words.isEmpty()) {
                text.append(s.change() == Segment.Change.REMOVED ? "" : s.text());
                afterMark = false;
                continue;
            }
            String before = s.text().substring(0, s.text().indexOf(words));
            String after = trailingSpace(s.text());
            text.append(afterMark && before.isEmpty() ? " " : before);
            text.append(say.format(s.change() == Segment.Change.ADDED ? "report.diff.added" : "report.diff.removed",
                    words));
            text.append(after);
            afterMark = after.isEmpty();
        }
        return text.toString();
    }

    private static String trailingSpace(String s) {
        return s.substring(s.stripTrailing().length());
    }
}
