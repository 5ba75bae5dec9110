package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Equal time per partner: the partners speak in turn, each with the same allowance, and the clock counts down
 * the time of the partner who has the floor. A partner who goes over is shown going over; the facilitator, not
 * the clock, decides when to move on. After the last partner the round is over and the clock stops.
 *
 * <p>It keeps time from a clock it is given (milliseconds), not from ticks: the screen only asks it what to
 * show, so a hidden screen, or one built again for projector mode, loses no time. Used on the UI thread.
 */
final class SpeakingClock {
    /** The allowance a clock starts with, per partner. */
    static final long DEFAULT_MILLIS = 20 * 60_000L;

    private final LongSupplier now;
    private final List<String> order = new ArrayList<>();
    private final Map<String, Long> used = new HashMap<>();
    private long allowance = DEFAULT_MILLIS;
    private int current;
    /** When the clock was started, while it runs; -1 while it stands still. */
    private long since = -1;

    SpeakingClock(LongSupplier millis) {
        this.now = millis;
    }

    /**
     * Follows the partners of the dossier, in their order: partners who stay keep the time they used, new ones
     * start with none; the partner who has the floor keeps it if still there.
     */
    void partners(List<String> ids) {
        if (ids.equals(order)) {
            return;
        }
        String speaking = speaker();
        settle();
        order.clear();
        order.addAll(ids);
        used.keySet().retainAll(ids);
        if (speaking != null && ids.contains(speaking)) {
            current = ids.indexOf(speaking);
        } else {
            current = Math.min(current, ids.size());
        }
        if (speaker() == null) {
            since = -1;
        }
    }

    List<String> order() {
        return List.copyOf(order);
    }

    /** The index of the partner who has the floor; the number of partners once the round is over. */
    int current() {
        return current;
    }

    /** The partner who has the floor, or null when there are no partners or the round is over. */
    String speaker() {
        return current < order.size() ? order.get(current) : null;
    }

    boolean finished() {
        return !order.isEmpty() && current >= order.size();
    }

    boolean running() {
        return since >= 0;
    }

    /** Starts or goes on counting for the partner who has the floor; nothing when the round is over. */
    void start() {
        if (!running() && speaker() != null) {
            since = now.getAsLong();
        }
    }

    void pause() {
        settle();
        since = -1;
    }

    /** The floor goes to the next partner; the clock keeps running if it ran. After the last, the round ends. */
    void next() {
        select(current + 1);
    }

    /** Gives the floor to the partner at {@code index}; the clock keeps running if it ran. */
    void select(int index) {
        if (index < 0 || index > order.size() || index == current) {
            return;
        }
        boolean was = running();
        settle();
        current = index;
        since = was && speaker() != null ? now.getAsLong() : -1;
    }

    /** Back to the first partner, no time used, the clock stopped. */
    void reset() {
        used.clear();
        current = 0;
        since = -1;
    }

    long allowance() {
        return allowance;
    }

    /** Sets the time per partner; the time each partner used stays used. */
    void allowance(long millisPerPartner) {
        allowance = Math.max(1000, millisPerPartner);
    }

    /** The time a partner has used so far, including the running turn. */
    long used(String id) {
        long u = used.getOrDefault(id, 0L);
        if (running() && id.equals(speaker())) {
            u += Math.max(0, now.getAsLong() - since);
        }
        return u;
    }

    /** The time a partner has left; negative when it went over. */
    long left(String id) {
        return allowance - used(id);
    }

    /** Books the running time to the partner who has the floor, and goes on counting from now. */
    private void settle() {
        if (running() && speaker() != null) {
            long t = now.getAsLong();
            used.merge(speaker(), Math.max(0, t - since), Long::sum);
            since = t;
        }
    }
}
