package dev.overlap.cli;

import dev.overlap.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Progress of a run over many files, on stderr:
 *
 * <ul>
 *   <li>on a terminal, a bar (me.tongfei:progressbar) with the count, the rate, the time left and
 *       the current file, once the run has taken a second; it is cleared at the end;
 *   <li>with {@code --verbose}, a line per file instead (on a terminal or not), when there are
 *       several;
 *   <li>otherwise (stderr piped or redirected to a file, or {@code --quiet}), nothing, so that logs
 *       and scripts only see results and errors.
 * </ul>
 */
final class StderrProgress implements Progress, AutoCloseable {
  enum Mode {
    SILENT,
    BAR,
    LINES
  }

  /** A bar for runs that last; a quick run shows none rather than a flicker. */
  private static final long BAR_DELAY_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final String verb;
  private final Mode mode;
  private final long barDelayNanos;
  private final int width;
  private final long started = System.nanoTime();
  private @Nullable ProgressBar bar;
  private @Nullable WriterConsumer drawn;

  StderrProgress(PrintWriter err, String verb, Mode mode) {
    this(err, verb, mode, BAR_DELAY_NANOS, 0);
  }

  /**
   * @param barDelayNanos how long a run goes before the bar shows
   * @param width the terminal's width in columns, 0 to ask the terminal
   */
  StderrProgress(PrintWriter err, String verb, Mode mode, long barDelayNanos, int width) {
    this.err = err;
    this.verb = verb;
    this.mode = mode;
    this.barDelayNanos = barDelayNanos;
    this.width = width;
  }

  /** The progress the options of the command running in {@code spec} ask for. */
  static StderrProgress of(CommandSpec spec, String verb) {
    RootCommand root = RootCommand.of(spec);
    Mode mode =
        root.quiet
            ? Mode.SILENT
            : root.verbose ? Mode.LINES : stderrIsTerminal() ? Mode.BAR : Mode.SILENT;
    return new StderrProgress(spec.commandLine().getErr(), verb, mode);
  }

  /**
   * Whether this process's stderr is a terminal. On Linux, {@code /proc/self/fd/2} links to the
   * terminal device; elsewhere a console attached to the process is the best sign Java gives.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }

  @Override
  public void update(int done, int total, String current) {
    switch (mode) {
      case SILENT -> {}
      case LINES -> {
        // A run over one file has nothing to report before its result or error.
        if (done < total && total > 1) {
          err.printf(Locale.ROOT, "%s %d/%d %s%n", verb, done + 1, total, current);
          err.flush();
        }
      }
      case BAR -> {
        if (done >= total) {
          close();
          return;
        }
        if (bar == null && System.nanoTime() - started >= barDelayNanos) {
          drawn = new WriterConsumer(err, width > 0 ? width : terminalWidth());
          bar =
              new ProgressBarBuilder()
                  .setTaskName(verb)
                  .setInitialMax(total)
                  .setUnit(" files", 1)
                  .showSpeed()
                  .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                  .setUpdateIntervalMillis(250)
                  .clearDisplayOnFinish()
                  .setConsumer(drawn)
                  .build();
        }
        if (bar != null) {
          bar.stepTo(done);
          // The file name alone: a long path would leave no room for the bar.
          int slash = Math.max(current.lastIndexOf('/'), current.lastIndexOf('\\'));
          bar.setExtraMessage(" " + current.substring(slash + 1));
        }
      }
    }
  }

  /** Ends the bar, if one is shown, and clears its line. */
  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
    if (drawn != null) {
      // progressbar 0.10.1 skips clearDisplayOnFinish when it is closed before its first
      // scheduled refresh has run; close() has waited for its last refresh, so clear here.
      drawn.clear();
      drawn = null;
    }
  }

  private static int terminalWidth() {
    try (org.jline.terminal.Terminal terminal =
        org.jline.terminal.TerminalBuilder.builder().dumb(true).build()) {
      int width = terminal.getWidth();
      return width >= 40 ? width : 80;
    } catch (IOException | RuntimeException e) {
      return 80;
    }
  }

  /** Draws the bar on one line of {@code err}, rewritten in place. */
  private static final class WriterConsumer implements ProgressBarConsumer {
    private final PrintWriter err;
    private final int width;

    WriterConsumer(PrintWriter err, int width) {
      this.err = err;
      this.width = width;
    }

    @Override
    public int getMaxRenderedLength() {
      return width - 1;
    }

    @Override
    public void accept(String rendered) {
      err.print("\r" + rendered);
      err.flush();
    }

    @Override
    public void clear() {
      err.print("\r\033[K");
      err.flush();
    }

    @Override
    public void close() {
      err.flush();
    }
  }
}
