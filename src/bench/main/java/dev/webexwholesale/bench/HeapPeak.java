package dev.webexwholesale.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap figures of the current JVM for part 3.
 *
 * <p>Two figures, because they answer different questions: the sum of the heap pools' peak
 * usage (what the brief asks for; an upper bound, as pools peak at different moments and
 * garbage counts until collected) and the largest heap still in use right after a GC (the
 * live set, i.e. what a streaming client really retains).
 */
public final class HeapPeak {
  private static final double MB = 1024.0 * 1024.0;
  private final AtomicLong maxAfterGc = new AtomicLong();

  /** Starts listening to GC notifications and clears the pools' peaks. */
  public static HeapPeak start() {
    HeapPeak peak = new HeapPeak();
    Set<String> heapPools = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
              if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
              }
            }
            peak.maxAfterGc.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
    }
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    return peak;
  }

  /** Sum over heap pools of their peak usage, in MB. */
  public double peakPoolSumMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / MB;
  }

  /** Largest heap in use just after a collection, in MB (0 if no GC ran). */
  public double maxLiveAfterGcMb() {
    return maxAfterGc.get() / MB;
  }

  public static String gcNames() {
    StringBuilder sb = new StringBuilder();
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sb.append(sb.length() == 0 ? "" : "+").append(gc.getName().replace(' ', '_'));
    }
    return sb.toString();
  }

  public static double maxHeapMb() {
    return Runtime.getRuntime().maxMemory() / MB;
  }
}
