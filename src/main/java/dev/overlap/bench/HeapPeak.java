package dev.overlap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use (garbage not yet collected included) over a stretch of work, sampled every
 * few milliseconds. Summing the heap pools' own peaks, as the bench did before, adds peaks reached
 * at different times (a full young generation just before a collection, the old generation after
 * it) and could exceed {@code -Xmx}; a sample of the whole heap at one instant cannot. A peak
 * shorter than the period may be missed, so this is a lower bound of the true peak, and at most
 * the heap's limit.
 */
final class HeapPeak implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final PeriodicSampler sampler;
  private long peak;

  /** Starts sampling; {@link #close} stops. */
  HeapPeak() {
    sample();
    sampler = new PeriodicSampler("bench-heap-sampler", this::sample);
  }

  private synchronized void sample() { // the sampler's thread, and the reader's in megabytes()
    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
  }

  /** The largest heap in use seen so far, in MiB. */
  synchronized double megabytes() {
    sample();
    return peak / 1048576.0;
  }

  @Override
  public void close() {
    sampler.close();
  }
}
