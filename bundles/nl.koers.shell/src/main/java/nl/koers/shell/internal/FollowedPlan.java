package nl.koers.shell.internal;

import java.time.LocalDate;
import java.util.Optional;

import nl.koers.domain.SessionPlan;

/**
 * The session plan the step timers follow in the open dossier: the one the facilitator chose in the session plans'
 * window, else today's, else the first.
 */
final class FollowedPlan {
    private final Workbench window;
    /** The session plan the facilitator chose for the step timer to follow; null: today's, or the first. */
    private String planId;

    FollowedPlan(Workbench window) {
        this.window = window;
    }

    /** {@return the session plan the step timers follow in the open dossier; empty without plans} */
    Optional<SessionPlan> inUse() {
        return window.view().flatMap(shown -> SessionPlanDialog.inUse(shown.dossier(), planId, LocalDate.now()));
    }

    /** The step timers follow the plan with that id from now on; null: today's plan, or the first. */
    void follow(String planId) {
        this.planId = planId;
        window.instruments().views().forEach(InstrumentView::followPlan);
        window.showState();
    }

    /** Another dossier is shown: a choice among its own plans. */
    void forget() {
        planId = null;
    }
}
