package vn.reformdesk.cli.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The highest heap use during a step of the bench. The heap only grows between two garbage collections, so its
 * highest use is the heap in use just before one of the step's collections, or at the step's end. The JVM reports
 * each collection with every heap pool's use before it, measured at one instant.
 *
 * <p>Adding up each pool's own peak instead (what the bench printed before) counts the young pools' peaks and the old
 * pool's, reached at different moments: 635 MB for the 1 M import in a 512 MB heap.
 *
 * <p>The reports come from the module {@code jdk.management} (the installed app's runtime has it for this); they are
 * read through {@code java.management} alone. Without that module the JVM sends none, and the bench falls back to the
 * pools' peaks.
 */
final class HeapPeak implements NotificationListener, AutoCloseable {
    /** The type of the JVM's report of a collection (com.sun.management.GarbageCollectionNotificationInfo). */
    private static final String COLLECTION = "com.sun.management.gc.notification";

    private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
    private final Set<String> heapPoolNames = new HashSet<>();
    private final List<NotificationEmitter> collectors = new ArrayList<>();
    private final AtomicLong highest;
    /**
     * Each collector's count of collections when the step began: the report of an earlier one may come late. (The
     * reports' start times and the JVM's uptime are not measured on the same clock.)
     */
    private final Map<String, Long> countsBefore = new HashMap<>();

    /** Starts watching a step. */
    HeapPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) continue;
            heapPools.add(pool);
            heapPoolNames.add(pool.getName());
            pool.resetPeakUsage(); // for a JVM that sends no reports (peak below)
        }
        highest = new AtomicLong(used());
        List<GarbageCollectorMXBean> all = ManagementFactory.getGarbageCollectorMXBeans();
        // every count first: a report may come on the JVM's own thread as soon as one listener is in place
        for (GarbageCollectorMXBean collector : all) countsBefore.put(collector.getName(), collector.getCollectionCount());
        if (!ModuleLayer.boot().findModule("jdk.management").isPresent()) return;
        for (GarbageCollectorMXBean collector : all) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, n -> COLLECTION.equals(n.getType()), null);
                collectors.add(emitter);
            }
        }
    }

    /** The highest heap use since this began watching, in bytes. */
    long peak() {
        if (collectors.isEmpty()) {
            long sum = 0;
            for (MemoryPoolMXBean pool : heapPools) sum += pool.getPeakUsage().getUsed();
            return sum;
        }
        try {
            Thread.sleep(50); // the reports come from a thread of the JVM's own, shortly after each collection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.max(highest.get(), used());
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!(notification.getUserData() instanceof CompositeData report)) return;
        CompositeData collection = (CompositeData) report.get("gcInfo");
        // a collection's id is its collector's count of collections, this one included
        if ((Long) collection.get("id") <= countsBefore.getOrDefault((String) report.get("gcName"), 0L)) return;
        long sum = 0;
        for (Object row : ((TabularData) collection.get("memoryUsageBeforeGc")).values()) {
            CompositeData pool = (CompositeData) row;
            if (heapPoolNames.contains((String) pool.get("key"))) sum += MemoryUsage.from((CompositeData) pool.get("value")).getUsed();
        }
        highest.accumulateAndGet(sum, Math::max);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : collectors) {
            try {
                emitter.removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException e) {
                // not listening: nothing to remove
            }
        }
    }

    private static long used() { return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(); }
}
