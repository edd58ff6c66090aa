package dev.genaiguidelines.bench;

import dev.genaiguidelines.maven.scan.MarkerCatalog;
import com.sun.management.GarbageCollectionNotificationInfo;
import dev.genaiguidelines.maven.scan.ClassScanner;
import dev.genaiguidelines.maven.scan.ScanResult;
import dev.genaiguidelines.policy.DetectionMarkers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Figure 3, run in a child JVM with a fixed {@code -Xmx}: scans one corpus once and prints what
 * the heap held, as {@code key=value} lines for {@link HeapFigure}.
 *
 * <ul>
 *   <li>{@code liveAfterGc}: the most heap any garbage collection during the scan left in use,
 *       the scan's live set at its largest (an upper bound: old garbage may not be collected yet);
 *   <li>{@code highWater}: the pools' peak usage, garbage included, bounded by {@code -Xmx};
 *   <li>{@code retained}: what stays reachable after the scan, the result itself, measured after
 *       a full collection while the result is still referenced;
 *   <li>{@code baseline}: the heap in use before the scan, after a full collection.
 * </ul>
 */
public final class HeapProbe {

  private HeapProbe() {}

  /** {@code args[0]}: the classes directory to scan. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: HeapProbe CLASSES_DIRECTORY");
    }
    Path classes = Path.of(args[0]);
    AtomicLong liveAfterGc = new AtomicLong();
    watchCollections(liveAfterGc);
    List<MemoryPoolMXBean> heapPools = heapPools();

    System.gc();
    long baseline = usedHeap(heapPools);
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    liveAfterGc.set(0);

    ScanResult result = new ClassScanner(MarkerCatalog.builtIn().detection()).scan(classes);

    long highWater = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      highWater += pool.getPeakUsage().getUsed();
    }
    System.gc();
    long retained = usedHeap(heapPools);
    // Collection notifications arrive on a JMX thread, a little after the collection.
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long duringScan = liveAfterGc.get();
    System.out.println("classCount=" + result.classCount());
    System.out.println("uses=" + result.uses().size());
    System.out.println("undeclared=" + result.undeclaredCalls().size());
    System.out.println("unreadable=" + result.unreadable().size());
    System.out.println("baseline=" + baseline);
    System.out.println("liveAfterGc=" + duringScan);
    System.out.println("highWater=" + highWater);
    System.out.println("retained=" + retained);
    System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
  }

  private static List<MemoryPoolMXBean> heapPools() {
    List<MemoryPoolMXBean> pools = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pools.add(pool);
      }
    }
    return pools;
  }

  private static long usedHeap(List<MemoryPoolMXBean> pools) {
    long used = 0;
    for (MemoryPoolMXBean pool : pools) {
      used += pool.getUsage().getUsed();
    }
    return used;
  }

  /** Keeps the largest heap use any collection left behind. */
  private static void watchCollections(AtomicLong largest) {
    for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
            .equals(notification.getType())) {
          return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
            (CompositeData) notification.getUserData());
        long after = 0;
        for (Map.Entry<String, MemoryUsage> pool :
            info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (isHeapPool(pool.getKey())) {
            after += pool.getValue().getUsed();
          }
        }
        largest.accumulateAndGet(after, Math::max);
      }, null, null);
    }
  }

  private static boolean isHeapPool(String name) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(name)) {
        return pool.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }
}
