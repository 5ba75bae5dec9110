package nl.koers.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmark's clock counts the work and the collections of the measuring thread, not the time it waits. */
class ProcessCpuTest {
    @Test
    void aThreadThatWaitsCostsNoProcessorTime() throws InterruptedException {
        assumeTrue(ProcessCpu.available(), "Linux tells a thread's processor time");
        long cpu = ProcessCpu.nanos();
        long wall = System.nanoTime();
        Thread.sleep(300);
        long waited = System.nanoTime() - wall;
        long counted = ProcessCpu.nanos() - cpu;
        assertTrue(counted < waited / 3, "counted " + counted / 1e6 + " ms of " + waited / 1e6 + " ms asleep");
    }

    @Test
    void aCollectionBySerialCollectorCounts() {
        assumeTrue(ProcessCpu.available(), "Linux tells a thread's processor time");
        assumeTrue(ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch(b -> b.getName().equals("Copy")),
                "the serial collector, as the benchmark's children run");
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < 3_000_000; i++) {
            live.add(i + 1000);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = ProcessCpu.nanos();
        long mine = threads.getCurrentThreadCpuTime();
        System.gc(); // the VM's own thread marks three million objects while this one waits
        long collector = ProcessCpu.nanos() - cpu - (threads.getCurrentThreadCpuTime() - mine);
        assertTrue(live.size() > 0 && collector > 2_000_000L, "the collection counted " + collector / 1e6 + " ms");
    }
}
