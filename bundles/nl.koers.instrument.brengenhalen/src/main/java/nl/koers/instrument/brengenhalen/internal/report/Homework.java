package nl.koers.instrument.brengenhalen.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.Phrases;

/**
 * The homework in the report, partner by partner: the answers to the method's questions in one table, what the
 * partner puts in and takes out per category in another, and the facilitator's notes from the conversation.
 */
final class Homework {
    private final Phrases say;

    Homework(Phrases say) {
        this.say = say;
    }

    List<Block> blocks(Dossier d) {
        List<Block> out = new ArrayList<>();
        out.add(new Block.Heading(1, say.get("report.homework")));
        ConversationData conversation = ConversationData.of(d);
        for (Partner p : d.partners()) {
            out.add(new Block.Heading(2, say.name(p)));
            out.add(new Block.Table(List.of(say.get("report.question"), say.get("report.answer")), answers(p)));
            if (p.contributions().isEmpty()) {
                out.add(new Block.Paragraph(say.get("report.noItems")));
            } else {
                out.add(new Block.Table(List.of(say.get("report.direction"), say.get("screen.column.category"),
                        say.get("screen.column.description"), say.get("screen.column.amount"),
                        say.get("screen.column.firmness")), items(p)));
            }
            String note = conversation.note(p.id());
            if (!note.isBlank()) {
                out.add(new Block.Paragraph(say.format("report.notes", note)));
            }
        }
        return out;
    }

    /** A row per answer; a question without one says so, so the reader sees what is still open. */
    private List<List<String>> answers(Partner p) {
        List<List<String>> rows = new ArrayList<>();
        answer(rows, "screen.answers.essence", p.essence().isBlank() ? List.of() : List.of(p.essence()));
        answer(rows, "screen.interests.own", p.interests().stream().filter(i -> i.level() != Level.NETWORK)
                .map(i -> say.format("screen.answers.marked", say.interest(i), say.word(i.firmness()))).toList());
        answer(rows, "screen.interests.network", p.interests().stream().filter(i -> i.level() == Level.NETWORK)
                .map(this::marked).toList());
        answer(rows, "screen.coreValue", p.coreValues().stream().map(CoreValue::text).toList());
        return rows;
    }

    private String marked(Interest i) {
        return say.format("screen.answers.marked", i.text(), say.word(i.firmness()));
    }

    private void answer(List<List<String>> rows, String questionKey, List<String> answers) {
        String question = say.get(questionKey);
        if (answers.isEmpty()) {
            rows.add(List.of(question, say.get("screen.answers.empty")));
        }
        answers.forEach(a -> rows.add(List.of(question, a)));
    }

    /** Bring before get, each by category in the order of the method, as the homework form asks them. */
    private List<List<String>> items(Partner p) {
        List<List<String>> rows = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            p.contributions(direction).stream().sorted(Comparator.comparing(Contribution::category))
                    .forEach(c -> rows.add(List.of(say.get(direction == Direction.BRING ? "screen.answers.bring"
                            : "screen.answers.get"), say.word(c.category()), c.description(), say.quantity(c),
                            say.word(c.firmness()))));
        }
        return rows;
    }
}
