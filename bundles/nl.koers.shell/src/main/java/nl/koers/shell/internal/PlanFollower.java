package nl.koers.shell.internal;

import java.util.Optional;
import java.util.function.Supplier;

import nl.koers.domain.PlanItem;
import nl.koers.domain.SessionPlan;
import nl.koers.domain.Texts;

/**
 * An instrument's step timer follows the session plan in use: it starts with the minutes the plan gives the step,
 * and says when the session ends.
 */
final class PlanFollower {
    private final Texts texts;
    private final String instrumentId;
    /** The session plan the timer follows, if the dossier has one. */
    private final Supplier<Optional<SessionPlan>> planInUse;
    /** What the plan gave the timer last: its part and minutes; the timer is set again only when that changes. */
    private String planned = "";

    PlanFollower(Texts texts, String instrumentId, Supplier<Optional<SessionPlan>> planInUse) {
        this.texts = texts;
        this.instrumentId = instrumentId;
        this.planInUse = planInUse;
    }

    /**
     * Starts {@code timer} with the minutes the session plan gives {@code step}, when they are new to it (another
     * step, or the plan changed): the facilitator's own setting stays until the plan says something else.
     */
    void follow(StepTimer timer, int step) {
        Optional<SessionPlan> plan = planInUse.get();
        Optional<PlanItem> part = plan.flatMap(p -> p.stepOf(instrumentId, step));
        String now = part.map(p -> p.id() + "/" + p.minutes()).orElse("") + "@" + step;
        if (part.isPresent() && !now.equals(planned)) {
            timer.plan(part.get().minutes());
        }
        planned = now;
        showSessionLeft(timer, step);
    }

    /** The step's time left and the minutes of every part after it in the plan: when the session ends. */
    void showSessionLeft(StepTimer timer, int step) {
        Optional<SessionPlan> plan = planInUse.get();
        Optional<PlanItem> part = plan.flatMap(p -> p.stepOf(instrumentId, step));
        if (part.isEmpty()) {
            timer.showSession("");
            return;
        }
        long seconds = (timer.remainingMillis() + 999) / 1000 + plan.get().minutesAfter(part.get().id()) * 60L;
        timer.showSession(texts.format("timer.session",
                String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)));
    }
}
