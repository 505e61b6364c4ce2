package dev.webexwholesale.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 1 cross-check, without JMH: 30,000 {@code get(id)} calls per variant in one JVM,
 * interleaved in blocks of 100 so that every variant sees the same machine load. Reports the
 * median wall time of the calls, the calling thread's CPU time per call, and the CPU time of each
 * block, so that a ratio can also be taken block by block (the median of the blocks' ratios is
 * not moved by the few blocks a busy neighbour or a collection hits).
 *
 * <p>CPU time counts only while the client thread runs, so it leaves out the server's work
 * and the time spent waiting for a core: on a busy machine it is the steadier measure of
 * what the client itself costs.
 */
public final class InterleavedCalls {
  static final int WARMUP_CALLS = 10_000;
  static final int CALLS = 30_000;
  static final int BLOCK = 100;

  /** Median wall time and CPU time per call, in microseconds, and each block's CPU time per call. */
  public record Figures(double wallP50Us, double cpuUs, double[] blockCpuUs) {
    /** The median over blocks of this variant's CPU per call ÷ the other's, in the same round of blocks. */
    public double medianBlockRatio(Figures other) {
      double[] ratios = new double[Math.min(blockCpuUs.length, other.blockCpuUs.length)];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = blockCpuUs[i] / other.blockCpuUs[i];
      }
      Arrays.sort(ratios);
      return ratios.length == 0 ? Double.NaN : ratios[ratios.length / 2];
    }
  }

  private InterleavedCalls() {
  }

  public static Map<String, Figures> run(List<String> variants) throws Exception {
    CustomerGetBench bench = new CustomerGetBench();
    bench.setUp();
    try {
      Method[] calls = new Method[variants.size()];
      for (int i = 0; i < calls.length; i++) {
        calls[i] = CustomerGetBench.class.getMethod(variants.get(i));
      }
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long[][] wall = new long[calls.length][CALLS];
      long[] cpu = new long[calls.length];
      double[][] blocks = new double[calls.length][CALLS / BLOCK];
      for (int done = 0; done < WARMUP_CALLS + CALLS; done += BLOCK) {
        for (int v = 0; v < calls.length; v++) {
          // Rotate who goes first in each block, so no variant always follows the same one.
          int variant = (v + done / BLOCK) % calls.length;
          long cpuStart = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < BLOCK; i++) {
            long start = System.nanoTime();
            calls[variant].invoke(bench);
            long elapsed = System.nanoTime() - start;
            if (done >= WARMUP_CALLS) {
              wall[variant][done - WARMUP_CALLS + i] = elapsed;
            }
          }
          if (done >= WARMUP_CALLS) {
            long used = threads.getCurrentThreadCpuTime() - cpuStart;
            cpu[variant] += used;
            blocks[variant][(done - WARMUP_CALLS) / BLOCK] = used / 1e3 / BLOCK;
          }
        }
      }
      Map<String, Figures> figures = new LinkedHashMap<>();
      for (int v = 0; v < calls.length; v++) {
        Arrays.sort(wall[v]);
        figures.put(variants.get(v), new Figures(wall[v][CALLS / 2] / 1e3, cpu[v] / 1e3 / CALLS, blocks[v]));
      }
      return figures;
    } finally {
      bench.tearDown();
    }
  }
}
