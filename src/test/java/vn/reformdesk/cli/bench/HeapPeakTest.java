package vn.reformdesk.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A step's peak heap is the heap in use at one moment, never more than the heap can hold. */
class HeapPeakTest {
    private static final int MB = 1 << 20;

    @Test
    void countsWhatACollectionInTheStepFreed() {
        System.gc();
        long before = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long peak;
        try (HeapPeak heap = new HeapPeak()) {
            List<byte[]> held = new ArrayList<>();
            for (int i = 0; i < 48; i++) held.add(new byte[MB]);
            assertThat(held).hasSize(48);
            held = null; // garbage now: only the collection's report still sees it
            System.gc();
            peak = heap.peak();
        }
        assertThat(peak - before).as("the 48 MB in use before the collection").isGreaterThanOrEqualTo(48L * MB);
        assertThat(peak).as("within the heap").isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }
}
