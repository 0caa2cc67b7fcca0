package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The bar as a terminal would get it, and the other modes. */
class StderrProgressTest {
  private static String drive(StderrProgress.Mode mode) {
    StringWriter err = new StringWriter();
    try (StderrProgress progress =
        new StderrProgress(new PrintWriter(err), "indexing", mode, 0, 100)) {
      for (int done = 0; done < 3; done++) {
        progress.update(done, 3, "corpus/essays/essay-" + done + ".txt");
      }
      progress.update(3, 3, "");
    }
    return err.toString();
  }

  @Test
  void onATerminalABarWithCountRateAndFileIsDrawnInPlaceThenCleared() {
    String drawn = drive(StderrProgress.Mode.BAR);
    assertThat(drawn).startsWith("\r").contains("indexing", "/3 files", "files/s", "essay-");
    assertThat(drawn).doesNotContain("\n").endsWith("\r\033[K");
    for (String line : drawn.split("\r")) {
      assertThat(line.length()).isLessThan(100);
    }
  }

  @Test
  void verboseGivesALinePerFileAndSilentNothing() {
    assertThat(drive(StderrProgress.Mode.LINES))
        .isEqualTo(
            String.format(
                java.util.Locale.ROOT,
                "indexing 1/3 corpus/essays/essay-0.txt%n"
                    + "indexing 2/3 corpus/essays/essay-1.txt%n"
                    + "indexing 3/3 corpus/essays/essay-2.txt%n"));
    assertThat(drive(StderrProgress.Mode.SILENT)).isEmpty();
  }

  @Test
  void aRunOverOneFileShowsNoProgress() {
    StringWriter err = new StringWriter();
    try (StderrProgress progress =
        new StderrProgress(new PrintWriter(err), "checking", StderrProgress.Mode.LINES, 0, 100)) {
      progress.update(0, 1, "essay.txt");
      progress.update(1, 1, "");
    }
    assertThat(err.toString()).isEmpty();
  }
}
