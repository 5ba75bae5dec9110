package nl.koers.instrument.api.swt.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Work done a part per dispatch on a real display: the first part at once, one more each time the display runs its
 * queue; started again it begins from the first; cancelled or disposed, nothing more runs.
 */
class PartsUiTest {
    private final Display display = Display.getDefault();
    private final Shell shell = new Shell(display);
    private final List<Integer> done = new ArrayList<>();
    private final Parts parts = new Parts(shell, 3, done::add);

    @AfterEach
    void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
        spin();
    }

    @Test
    void onePartAtOnceAndOnePerDispatch() {
        parts.start();
        assertEquals(List.of(0), done);
        int before = done.size();
        while (display.readAndDispatch()) {
            assertTrue(done.size() <= before + 1, "one part per dispatch: " + done);
            before = done.size();
        }
        assertEquals(List.of(0, 1, 2), done);
    }

    /** Parts that made nothing are followed by the next in the same dispatch; one that made something ends it. */
    @Test
    void untilMadeEndsADispatchOnlyAfterAPartThatMadeSomething() {
        Set<Integer> making = Set.of(1, 3);
        Parts some = Parts.untilMade(shell, 5, part -> {
            done.add(part);
            return making.contains(part);
        });
        List<List<Integer>> dispatches = new ArrayList<>();
        some.start();
        dispatches.add(List.copyOf(done));
        while (display.readAndDispatch()) {
            if (done.size() > dispatches.stream().mapToInt(List::size).sum()) {
                dispatches.add(List.copyOf(done.subList(dispatches.stream().mapToInt(List::size).sum(), done.size())));
            }
        }
        assertEquals(List.of(List.of(0, 1), List.of(2, 3), List.of(4)), dispatches);
        done.clear();
        Parts light = Parts.untilMade(shell, 4, part -> !done.add(part));
        light.start();
        assertEquals(List.of(0, 1, 2, 3), done, "light parts all in the first dispatch");
    }

    @Test
    void startedAgainItBeginsFromTheFirstPart() {
        parts.start();
        parts.start();
        spin();
        assertEquals(List.of(0, 0, 1, 2), done);
    }

    @Test
    void cancelledOrDisposedNothingMoreRuns() {
        parts.start();
        parts.cancel();
        spin();
        assertEquals(List.of(0), done);
        parts.start();
        shell.dispose();
        spin();
        assertEquals(List.of(0, 0), done);
    }

    /** Work that ends when it says so: the parts are counted one at a time, none made in advance. */
    @Test
    @Timeout(10)
    void openEndedPartsRunUntilCancelled() {
        List<Integer> worked = new ArrayList<>();
        Parts open = new Parts(shell, Integer.MAX_VALUE, part -> worked.add(part));
        open.start();
        while (worked.size() < 4) {
            display.readAndDispatch();
        }
        open.cancel();
        spin();
        assertEquals(List.of(0, 1, 2, 3), worked);
    }

    @Test
    void theQueueWorksOnOneItemPerDispatchInTheOrderAskedAndOnce() {
        List<String> worked = new ArrayList<>();
        Parts.Queue<String> queue = new Parts.Queue<>(shell, worked::add);
        queue.add("a");
        queue.add("b");
        queue.add("a"); // waits already: keeps its place
        queue.add("c");
        assertEquals(List.of(), worked, "nothing in the click that asked");
        assertEquals(3, queue.waiting());
        int before = 0;
        while (display.readAndDispatch()) {
            assertTrue(worked.size() <= before + 1, "one item per dispatch: " + worked);
            before = worked.size();
        }
        assertEquals(List.of("a", "b", "c"), worked);
        assertEquals(0, queue.waiting());
    }

    @Test
    void anItemRemovedIsNotWorkedOnAndFinishDoesTheRestAtOnce() {
        List<String> worked = new ArrayList<>();
        Parts.Queue<String> queue = new Parts.Queue<>(shell, worked::add);
        queue.add("a");
        queue.add("b");
        queue.add("c");
        queue.remove("b");
        queue.finish();
        assertEquals(List.of("a", "c"), worked, "in this dispatch, without b");
        spin();
        assertEquals(List.of("a", "c"), worked, "nothing left for later");
    }

    @Test
    void theQueueOfADisposedOwnerWorksOnNothing() {
        List<String> worked = new ArrayList<>();
        Parts.Queue<String> queue = new Parts.Queue<>(shell, worked::add);
        queue.add("a");
        queue.add("b");
        queue.clear();
        queue.add("c");
        shell.dispose();
        spin();
        assertEquals(List.of(), worked);
    }

    private void spin() {
        while (display.readAndDispatch()) {
            // the queue
        }
    }
}
