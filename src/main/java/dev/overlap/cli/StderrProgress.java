package dev.overlap.cli;

import dev.overlap.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints progress on stderr once a run has taken more than two seconds, then every two seconds:
 * on a terminal as one line rewritten in place, elsewhere as plain lines.
 */
final class StderrProgress implements Progress {
  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final String verb;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastPrinted = started;
  private boolean printed;

  StderrProgress(PrintWriter err, String verb, boolean quiet) {
    this.err = err;
    this.verb = verb;
    this.terminal = System.console() != null;
    this.quiet = quiet;
  }

  private final boolean quiet;

  @Override
  public void update(int done, int total, String current) {
    if (quiet) {
      return;
    }
    long now = System.nanoTime();
    boolean finished = done >= total;
    if (finished) {
      if (printed && terminal) {
        err.print("\r\033[K");
        err.flush();
      }
      return;
    }
    if (now - lastPrinted < INTERVAL_NANOS) {
      return;
    }
    lastPrinted = now;
    printed = true;
    double seconds = (now - started) / 1e9;
    double rate = done / seconds;
    String line =
        String.format(
            Locale.ROOT,
            "%s %d/%d files (%.0f%%), %.0f files/s, %s",
            verb,
            done,
            total,
            100.0 * done / total,
            rate,
            current);
    if (terminal) {
      err.print("\r\033[K" + line);
    } else {
      err.println(line);
    }
    err.flush();
  }
}
