package dev.overlap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
  /** Runs a thread of that name until it has used {@code millis} of CPU; its own count of it. */
  private static double spin(String name, long millis) throws InterruptedException {
    AtomicLong used = new AtomicLong();
    Thread thread =
        new Thread(
            () -> {
              var bean = ManagementFactory.getThreadMXBean();
              long start = bean.getCurrentThreadCpuTime();
              long x = 0;
              while (bean.getCurrentThreadCpuTime() - start < millis * 1_000_000) {
                x += System.nanoTime() % 7;
              }
              used.set(bean.getCurrentThreadCpuTime() - start + (x == -1 ? 1 : 0));
              try {
                Thread.sleep(100); // idle but alive: the sampler sees its final time
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            name);
    thread.start();
    thread.join();
    return used.get() / 1e9;
  }

  @Test
  void endedThreadsAreCountedByKindAndTheRestIsTheJvms() throws Exception {
    double workers;
    double merges;
    Map<String, Double> spent;
    try (ThreadCpu cpu = new ThreadCpu()) {
      workers = spin("overlap-index-1", 300) + spin("overlap-index-2", 200);
      merges = spin("Lucene Merge Thread #0", 150);
      spent = cpu.spent();
    }

    // ended threads are counted as last seen, by the start of their names
    assertThat(spent.get(ThreadCpu.WORKERS)).isCloseTo(workers, within(0.02));
    assertThat(spent.get(ThreadCpu.MERGES)).isCloseTo(merges, within(0.02));
    assertThat(spent.get("total")).isGreaterThanOrEqualTo(workers + merges - 0.02);
  }
}
