package nl.koers.store.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.store.Problem;
import nl.koers.store.Problem.Kind;

/**
 * What a well-formed file can still get wrong: ids that occur twice (session plans and their parts too), and
 * references to partners or interests that are not there (from positions, canvas notes, spannende punten and links
 * of shared interests). A file with these opens (nothing is lost), but {@code validate} reports them.
 */
final class ReferenceCheck {
    private ReferenceCheck() {
    }

    static List<Problem> check(String file, Dossier d) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> partnerIds = new HashSet<>();
        for (int i = 0; i < d.partners().size(); i++) {
            Partner p = d.partners().get(i);
            String at = "partners[" + i + "]";
            unique(file, ids, p.id(), at + ".id", problems);
            partnerIds.add(p.id());
            Set<String> interestIds = new HashSet<>();
            for (int j = 0; j < p.interests().size(); j++) {
                unique(file, ids, p.interests().get(j).id(), at + ".interests[" + j + "].id", problems);
                interestIds.add(p.interests().get(j).id());
            }
            for (int j = 0; j < p.positions().size(); j++) {
                var pos = p.positions().get(j);
                unique(file, ids, pos.id(), at + ".positions[" + j + "].id", problems);
                for (int k = 0; k < pos.interestIds().size(); k++) {
                    String ref = pos.interestIds().get(k);
                    if (!interestIds.contains(ref)) {
                        problems.add(Problem.at(file, Kind.UNKNOWN_REFERENCE,
                                at + ".positions[" + j + "].interestIds[" + k + "]", ref));
                    }
                }
            }
            for (int j = 0; j < p.representatives().size(); j++) {
                unique(file, ids, p.representatives().get(j).id(), at + ".representatives[" + j + "].id", problems);
            }
            for (int j = 0; j < p.contributions().size(); j++) {
                unique(file, ids, p.contributions().get(j).id(), at + ".contributions[" + j + "].id", problems);
            }
        }
        Set<String> allInterests = new HashSet<>();
        d.partners().forEach(p -> p.interests().forEach(i -> allInterests.add(i.id())));
        for (int i = 0; i < d.interestLinks().size(); i++) {
            var link = d.interestLinks().get(i);
            unique(file, ids, link.id(), "interestLinks[" + i + "].id", problems);
            for (int k = 0; k < link.interestIds().size(); k++) {
                String ref = link.interestIds().get(k);
                if (!allInterests.contains(ref)) {
                    problems.add(Problem.at(file, Kind.UNKNOWN_REFERENCE,
                            "interestLinks[" + i + "].interestIds[" + k + "]", ref));
                }
            }
        }
        for (int i = 0; i < d.canvasNotes().size(); i++) {
            var note = d.canvasNotes().get(i);
            unique(file, ids, note.id(), "canvas.notes[" + i + "].id", problems);
            partner(file, partnerIds, note.partnerId(), "canvas.notes[" + i + "].partnerId", problems);
        }
        for (int i = 0; i < d.openIssues().size(); i++) {
            var issue = d.openIssues().get(i);
            unique(file, ids, issue.id(), "openIssues[" + i + "].id", problems);
            partner(file, partnerIds, issue.partnerId(), "openIssues[" + i + "].partnerId", problems);
        }
        for (int i = 0; i < d.sessionPlans().size(); i++) {
            var plan = d.sessionPlans().get(i);
            unique(file, ids, plan.id(), "sessionPlans[" + i + "].id", problems);
            for (int j = 0; j < plan.items().size(); j++) {
                unique(file, ids, plan.items().get(j).id(), "sessionPlans[" + i + "].items[" + j + "].id", problems);
            }
        }
        return problems;
    }

    /** A reference to a partner: empty (nobody's) or one of the dossier. */
    private static void partner(String file, Set<String> partnerIds, String ref, String at, List<Problem> problems) {
        if (!ref.isEmpty() && !partnerIds.contains(ref)) {
            problems.add(Problem.at(file, Kind.UNKNOWN_REFERENCE, at, ref));
        }
    }

    private static void unique(String file, Set<String> ids, String id, String at, List<Problem> problems) {
        if (!ids.add(id)) {
            problems.add(Problem.at(file, Kind.DUPLICATE_ID, at, id));
        }
    }
}
