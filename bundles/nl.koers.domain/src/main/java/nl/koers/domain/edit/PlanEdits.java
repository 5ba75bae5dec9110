package nl.koers.domain.edit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.EditRefused.Reason;
import nl.koers.domain.PlanItem;
import nl.koers.domain.SessionPlan;

/**
 * The edits of the session plans: a meeting planned, its day, start and place set, its steps and breaks added,
 * given minutes, moved and taken off. Each changes one part, so two faces editing one plan do not undo each other's
 * work, and each is taken back with one undo.
 *
 * <p>An edit that names a plan or a part that is not there, or adds one that is, throws an {@link EditRefused}
 * naming the id.
 */
public final class PlanEdits {
    private PlanEdits() {
    }

    /** Adds a plan after the others. */
    public static Edit add(SessionPlan plan) {
        return new Edit("edit.addSessionPlan", d -> {
            if (d.sessionPlan(plan.id()).isPresent()) {
                throw new EditRefused(Reason.PLAN_EXISTS, plan.id());
            }
            List<SessionPlan> plans = new ArrayList<>(d.sessionPlans());
            plans.add(plan);
            return d.withSessionPlans(plans);
        });
    }

    public static Edit remove(String planId) {
        return new Edit("edit.removeSessionPlan", d -> {
            require(d, planId);
            return d.withSessionPlans(d.sessionPlans().stream().filter(p -> !p.id().equals(planId)).toList());
        });
    }

    /** The plan's title, day, start time and place, at once. */
    public static Edit details(String planId, String title, LocalDate date, LocalTime start, String place) {
        return plan("edit.sessionPlanDetails", planId, p -> p.withDetails(title, date, start, place));
    }

    /** Puts a step or a break at {@code index} (at the end when it is past the end). */
    public static Edit addItem(String planId, PlanItem item, int index) {
        return plan("edit.addPlanItem", planId, p -> {
            if (p.item(item.id()).isPresent()) {
                throw new EditRefused(Reason.PLAN_ITEM_EXISTS, item.id());
            }
            List<PlanItem> items = new ArrayList<>(p.items());
            items.add(Math.max(0, Math.min(index, items.size())), item);
            return p.withItems(items);
        });
    }

    /** Replaces a part by its new value (same id), where it is: its title and minutes. */
    public static Edit updateItem(String planId, PlanItem item) {
        return plan("edit.updatePlanItem", planId, p -> {
            requireItem(p, item.id());
            return p.withItems(p.items().stream().map(i -> i.id().equals(item.id()) ? item : i).toList());
        });
    }

    /** Moves a part to {@code newIndex} in the order of the meeting. */
    public static Edit moveItem(String planId, String itemId, int newIndex) {
        return plan("edit.movePlanItem", planId, p -> {
            PlanItem moved = requireItem(p, itemId);
            List<PlanItem> items = new ArrayList<>(p.items());
            items.remove(moved);
            items.add(Math.max(0, Math.min(newIndex, items.size())), moved);
            return p.withItems(items);
        });
    }

    public static Edit removeItem(String planId, String itemId) {
        return plan("edit.removePlanItem", planId, p -> {
            requireItem(p, itemId);
            return p.withItems(p.items().stream().filter(i -> !i.id().equals(itemId)).toList());
        });
    }

    private static Edit plan(String label, String planId, UnaryOperator<SessionPlan> change) {
        return new Edit(label, d -> {
            SessionPlan changed = change.apply(require(d, planId));
            return d.withSessionPlans(d.sessionPlans().stream().map(p -> p.id().equals(planId) ? changed : p)
                    .toList());
        });
    }

    private static SessionPlan require(Dossier d, String planId) {
        return d.sessionPlan(planId).orElseThrow(() -> new EditRefused(Reason.PLAN_MISSING, planId));
    }

    private static PlanItem requireItem(SessionPlan plan, String itemId) {
        return plan.item(itemId).orElseThrow(() -> new EditRefused(Reason.PLAN_ITEM_MISSING, itemId));
    }
}
