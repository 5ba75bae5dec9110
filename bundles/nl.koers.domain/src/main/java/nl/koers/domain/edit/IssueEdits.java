package nl.koers.domain.edit;

import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.EditRefused.Reason;
import nl.koers.domain.OpenIssue;

/**
 * The edits of the spannende punten: a point added (from any instrument, or the list itself), changed, given to
 * someone, closed, and taken off. Like every edit, each one is taken back with one undo.
 *
 * <p>An edit that names a point that is not in the dossier, or adds one that is there already, throws an
 * {@link EditRefused} naming the id.
 */
public final class IssueEdits {
    private IssueEdits() {
    }

    /** Adds a point after the others; a point with the same id already there is refused. */
    public static Edit add(OpenIssue issue) {
        return new Edit("edit.addOpenIssue", d -> {
            if (d.openIssue(issue.id()).isPresent()) {
                throw new EditRefused(Reason.ISSUE_EXISTS, issue.id());
            }
            List<OpenIssue> issues = new ArrayList<>(d.openIssues());
            issues.add(issue);
            return d.withOpenIssues(issues);
        });
    }

    /** Replaces a point by its new value (same id), where it is: its text, owner, date and status. */
    public static Edit update(OpenIssue issue) {
        return new Edit("edit.updateOpenIssue", d -> {
            require(d, issue.id());
            return d.withOpenIssues(d.openIssues().stream().map(i -> i.id().equals(issue.id()) ? issue : i).toList());
        });
    }

    public static Edit remove(String issueId) {
        return new Edit("edit.removeOpenIssue", d -> {
            require(d, issueId);
            return d.withOpenIssues(d.openIssues().stream().filter(i -> !i.id().equals(issueId)).toList());
        });
    }

    private static OpenIssue require(Dossier d, String issueId) {
        return d.openIssue(issueId).orElseThrow(() -> new EditRefused(Reason.ISSUE_MISSING, issueId));
    }
}
