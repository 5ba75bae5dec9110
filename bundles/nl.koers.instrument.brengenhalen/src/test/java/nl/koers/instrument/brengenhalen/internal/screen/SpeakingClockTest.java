package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import nl.koers.instrument.brengenhalen.internal.Phrases;

class SpeakingClockTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final SpeakingClock clock = new SpeakingClock(now::get);

    private void pass(long seconds) {
        now.addAndGet(seconds * 1000);
    }

    @Test
    void everyPartnerGetsTheSameTimeInTurn() {
        clock.partners(List.of("a", "b", "c"));
        clock.allowance(10 * 60_000);
        assertEquals("a", clock.speaker());
        assertFalse(clock.running());
        pass(30);
        assertEquals(10 * 60_000, clock.left("a"), "the clock does not run before it is started");
        clock.start();
        pass(90);
        assertEquals(8 * 60_000 + 30_000, clock.left("a"));
        clock.next();
        assertEquals("b", clock.speaker());
        assertTrue(clock.running(), "the next partner's time runs on");
        pass(60);
        assertEquals(9 * 60_000, clock.left("b"));
        assertEquals(8 * 60_000 + 30_000, clock.left("a"), "a's time stands still");
        clock.pause();
        pass(600);
        assertEquals(9 * 60_000, clock.left("b"));
    }

    @Test
    void goingOverIsShownAndTheFacilitatorDecidesWhenToMoveOn() {
        clock.partners(List.of("a", "b"));
        clock.allowance(60_000);
        clock.start();
        pass(102);
        assertEquals(-42_000, clock.left("a"));
        assertEquals("a", clock.speaker(), "the clock does not move on by itself");
        assertEquals("+0:42", Phrases.clock(clock.left("a")));
    }

    @Test
    void afterTheLastPartnerTheRoundIsOverAndTheClockStops() {
        clock.partners(List.of("a", "b"));
        clock.start();
        clock.next();
        clock.next();
        assertTrue(clock.finished());
        assertNull(clock.speaker());
        assertFalse(clock.running());
        clock.next();
        assertEquals(2, clock.current(), "no further than the end");
        clock.start();
        assertFalse(clock.running(), "nobody to count for");
        clock.reset();
        assertEquals("a", clock.speaker());
        assertEquals(clock.allowance(), clock.left("a"));
    }

    @Test
    void theFloorCanGoToAnyPartnerAndTheAllowanceCanChangeOnTheWay() {
        clock.partners(List.of("a", "b", "c"));
        clock.allowance(20 * 60_000);
        clock.start();
        pass(300);
        clock.select(2);
        assertEquals("c", clock.speaker());
        assertTrue(clock.running());
        pass(60);
        clock.allowance(4 * 60_000);
        assertEquals(-60_000, clock.left("a"), "five minutes used of four");
        assertEquals(3 * 60_000, clock.left("c"));
        assertEquals(4 * 60_000, clock.left("b"));
    }

    @Test
    void followsThePartnersOfTheDossier() {
        clock.partners(List.of("a", "b", "c"));
        clock.start();
        clock.select(1);
        pass(10);
        clock.partners(List.of("c", "b", "d"));
        assertEquals("b", clock.speaker(), "the speaker keeps the floor");
        assertEquals(1, clock.current());
        assertEquals(10_000, clock.used("b"));
        clock.partners(List.of("c", "d"));
        assertEquals("d", clock.speaker(), "the speaker left: the floor goes to whoever is now in that place");
        clock.partners(List.of());
        assertNull(clock.speaker());
        assertFalse(clock.running());
        assertFalse(clock.finished());
    }

    @Test
    void theClockShowsMinutesAndSecondsCountingAStartedSecondAsWhole() {
        assertEquals("20:00", Phrases.clock(20 * 60_000));
        assertEquals("5:00", Phrases.clock(299_300));
        assertEquals("0:01", Phrases.clock(1));
        assertEquals("0:00", Phrases.clock(0));
        assertEquals("+0:00", Phrases.clock(-999));
        assertEquals("+1:05", Phrases.clock(-65_000));
    }
}
