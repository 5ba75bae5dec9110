package nl.koers.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.Dossier;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.OpenIssue;
import nl.koers.instrument.api.report.Block;

/**
 * Built in: the spannende punten and the agreements about them, grouped by status (open, agreed, done) and in each
 * group by who takes them up and by date, as the A4 list prints them.
 */
final class OpenIssuesChapter extends BuiltIn {
    static final String ID = "koers.spannendepunten";

    OpenIssuesChapter() {
        super(ID, "chapter.issues");
    }

    @Override
    public List<Block> blocks(Dossier dossier, Locale locale) {
        Words words = Words.of(locale);
        List<Block> blocks = new ArrayList<>();
        for (IssueStatus status : IssueStatus.values()) {
            List<OpenIssue> group = dossier.openIssues().stream().filter(i -> i.status() == status)
                    .sorted(order(dossier)).toList();
            if (!group.isEmpty()) {
                blocks.add(new Block.Heading(1, words.format("issues.group", capitalised(words.label(status)),
                        group.size())));
                blocks.add(table(dossier, group, words));
            }
        }
        return blocks;
    }

    /** By who takes it up, points nobody took up yet last; then by date, undated last. */
    static Comparator<OpenIssue> order(Dossier dossier) {
        return Comparator.comparing((OpenIssue i) -> i.owner(dossier).isEmpty())
                .thenComparing(i -> i.owner(dossier).toLowerCase(Locale.ROOT))
                .thenComparing(OpenIssue::date, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The issues with who takes them up, when, and their status. */
    static Block.Table table(Dossier dossier, List<OpenIssue> issues, Words words) {
        return new Block.Table(List.of(words.get("issues.header.text"), words.get("issues.header.owner"),
                words.get("issues.header.date"), words.get("issues.header.status")), issues.stream()
                        .map(i -> List.of(i.text(), i.owner(dossier).isEmpty() ? words.get("issues.nobody")
                                : i.owner(dossier), words.date(i.date()), words.label(i.status())))
                        .toList());
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
