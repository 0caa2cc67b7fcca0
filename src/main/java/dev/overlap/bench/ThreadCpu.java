package dev.overlap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a stretch of work spent the process's CPU, by kind of thread: Java threads' CPU times
 * sampled every few milliseconds (a thread's time is lost once it has ended, so each is kept as
 * last seen), and the process's total, whose rest is the JVM's own threads (JIT compilers, garbage
 * collectors). A thread that lives less than one sampling period may be missed, so the Java
 * threads' figures are lower bounds and the JVM's rest an upper bound.
 */
final class ThreadCpu implements AutoCloseable {
  /** The kinds of thread reported, by the start of their names; anything else is "other". */
  static final String WORKERS = "overlap-";
  static final String MERGES = "Lucene Merge Thread";
  static final String JVM = "JVM (JIT, GC)";
  static final String OTHER = "other Java threads";
  /** Of {@link #JVM}, roughly: the JVM's own counts of time compiling and collecting. */
  static final String JIT = "compiling";
  static final String GC = "collecting";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<Long, long[]> cpuById = new HashMap<>();
  private final Map<Long, String> nameById = new HashMap<>();
  private final long processStarted;
  private final long compilingStarted = compilingMillis();
  private final long collectingStarted = collectingMillis();
  private final PeriodicSampler sampler;

  /** Starts sampling; {@link #close} stops. */
  ThreadCpu() {
    processStarted = processCpuNanos();
    for (long id : threads.getAllThreadIds()) { // threads already running count from now
      long cpu = threads.getThreadCpuTime(id);
      if (cpu >= 0) {
        cpuById.put(id, new long[] {cpu, cpu});
      }
    }
    sampler = new PeriodicSampler("bench-cpu-sampler", this::sample);
  }

  private synchronized void sample() {
    long[] ids = threads.getAllThreadIds();
    for (long id : ids) {
      long cpu = threads.getThreadCpuTime(id);
      if (cpu < 0) {
        continue;
      }
      cpuById.computeIfAbsent(id, k -> new long[2])[0] = cpu; // a new thread counts from 0
      if (!nameById.containsKey(id)) {
        ThreadInfo info = threads.getThreadInfo(id);
        if (info != null) {
          nameById.put(id, info.getThreadName());
        }
      }
    }
  }

  /**
   * Seconds of CPU since this started, by kind: {@link #WORKERS}, {@link #MERGES}, {@link
   * #OTHER}, {@link #JVM}, and "total"; and the JVM's own counts of seconds spent {@link #JIT}
   * and {@link #GC} (elapsed times, not CPU, so only a rough split of {@link #JVM}).
   */
  synchronized Map<String, Double> spent() {
    sample();
    Map<String, Double> out = new TreeMap<>();
    double java = 0;
    for (Map.Entry<Long, long[]> thread : cpuById.entrySet()) {
      long[] times = thread.getValue(); // {last seen, at start}
      double seconds = (times[0] - times[1]) / 1e9;
      if (seconds <= 0) {
        continue;
      }
      String name = nameById.getOrDefault(thread.getKey(), "");
      String kind =
          name.startsWith(WORKERS) ? WORKERS : name.startsWith(MERGES) ? MERGES : OTHER;
      out.merge(kind, seconds, Double::sum);
      java += seconds;
    }
    double total = (processCpuNanos() - processStarted) / 1e9;
    out.put(JVM, Math.max(0, total - java));
    out.put(JIT, (compilingMillis() - compilingStarted) / 1e3);
    out.put(GC, (collectingMillis() - collectingStarted) / 1e3);
    out.put("total", total);
    return out;
  }

  /** The process's CPU time so far (all its threads), as the operating system counts it. */
  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  /** The JVM's own count of time spent compiling (its compiler threads together), in ms. */
  private static long compilingMillis() {
    java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  /** The collectors' own count of time spent collecting (pauses and concurrent cycles), in ms. */
  private static long collectingMillis() {
    long total = 0;
    for (java.lang.management.GarbageCollectorMXBean gc :
        ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  @Override
  public void close() {
    sampler.close();
  }
}
