package nl.koers.shell.internal;

import java.util.List;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.InstrumentDescriptor;

/**
 * The windows beside the workbench that show the open dossier: Dossier &gt; Spannende punten and Sessieplan,
 * Bewerken &gt; Zoeken. One of each at a time; while open, each follows the dossier.
 */
final class SideWindows {
    private final Workbench window;
    /** Dossier &gt; Spannende punten, while it is open. */
    private OpenIssuesDialog openIssues;
    /** Dossier &gt; Sessieplan, while it is open. */
    private SessionPlanDialog sessionPlans;
    /** Bewerken &gt; Zoeken, while it is open. */
    private SearchDialog search;

    SideWindows(Workbench window) {
        this.window = window;
    }

    /** Dossier &gt; Spannende punten: the list of the open dossier, beside the window; one at a time. */
    void showOpenIssues() {
        window.view().ifPresent(shown -> showOpenIssues(shown.dossier()));
    }

    /** Dossier &gt; Spannende punten: the list of {@code dossier}, beside the window. */
    void showOpenIssues(Dossier dossier) {
        if (openIssues == null || !openIssues.isOpen()) {
            openIssues = new OpenIssuesDialog(window);
        }
        openIssues.show(dossier);
        openIssues.open();
    }

    /** Shows the spannend punt with {@code itemId} of {@code dossier} in its list. */
    void showOpenIssue(Dossier dossier, String itemId) {
        showOpenIssues(dossier);
        openIssues.select(itemId);
    }

    /** Dossier &gt; Sessieplan: the plans of the open dossier's meetings, beside the window; one at a time. */
    void showSessionPlans() {
        window.view().ifPresent(shown -> showSessionPlans(shown.dossier()));
    }

    /** Dossier &gt; Sessieplan: the plans of the meetings of {@code dossier}, beside the window. */
    void showSessionPlans(Dossier dossier) {
        if (sessionPlans == null || !sessionPlans.isOpen()) {
            sessionPlans = new SessionPlanDialog(window);
        }
        sessionPlans.offer(plannable());
        sessionPlans.show(dossier);
        sessionPlans.open();
    }

    /** The instruments changed: the session plans offer the steps of those installed now. */
    void instrumentsChanged() {
        if (sessionPlans != null) {
            sessionPlans.offer(plannable());
        }
    }

    /** The installed instruments that work and have steps to plan. */
    private List<InstrumentDescriptor> plannable() {
        return window.catalogue().entries(window.texts().locale()).stream()
                .filter(e -> !e.failed() && e.descriptor() != null)
                .map(InstrumentCatalogue.Entry::descriptor).filter(d -> !d.steps().isEmpty()).toList();
    }

    /** Bewerken &gt; Zoeken: the search in the open dossier, beside the window; one at a time. */
    void showSearch() {
        window.view().ifPresent(shown -> showSearch(shown.dossier()));
    }

    /** Bewerken &gt; Zoeken: the search in {@code dossier}, beside the window. */
    void showSearch(Dossier dossier) {
        if (search == null || !search.isOpen()) {
            search = new SearchDialog(window);
        }
        search.show(dossier);
        search.open();
    }

    /** Shows the dossier as it is now in the windows that are open; null: there is none, the search closes. */
    void follow(Dossier dossier) {
        DossierDialog.follow(openIssues, dossier);
        DossierDialog.follow(sessionPlans, dossier);
        if (search != null && search.isOpen()) {
            if (dossier == null) {
                search.close();
            } else {
                search.show(dossier);
            }
        }
    }

    /** What is typed in their fields counts before a save, an undo or a close. */
    void commitPending() {
        if (openIssues != null) {
            openIssues.commitPending();
        }
        if (sessionPlans != null) {
            sessionPlans.commitPending();
        }
    }
}
