package dev.overlap.bench;

/**
 * A daemon thread that runs a sample every few milliseconds until closed: the clock of {@link
 * ThreadCpu} and {@link HeapPeak}.
 */
final class PeriodicSampler implements AutoCloseable {
  private static final long PERIOD_MILLIS = 5;

  private final Thread thread;
  private volatile boolean running = true;

  /** Starts running {@code sample} in a thread named {@code name}. */
  PeriodicSampler(String name, Runnable sample) {
    thread =
        new Thread(
            () -> {
              while (running) {
                sample.run();
                try {
                  Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
