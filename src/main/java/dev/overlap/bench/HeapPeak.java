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
  private static final long PERIOD_MILLIS = 5;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile long peak;
  private volatile boolean running = true;

  /** Starts sampling; {@link #close} stops. */
  HeapPeak() {
    sample();
    sampler =
        new Thread(
            () -> {
              while (running) {
                sample();
                try {
                  Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "bench-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    if (used > peak) {
      peak = used; // only the sampler thread writes, after the constructor's first sample
    }
  }

  /** The largest heap in use seen so far, in MiB. */
  double megabytes() {
    sample();
    return peak / 1048576.0;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
