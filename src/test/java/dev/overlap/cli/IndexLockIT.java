package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second overlap process writing the same index fails at once, and checks still work. */
class IndexLockIT {
  @TempDir Path dir;

  @Test
  void anIndexHeldByAnotherProcessIsInUseButStillReadable() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("a.txt"), CliIT.RIVERS, StandardCharsets.UTF_8);
    Path index = dir.resolve("index");
    assertThat(Cli.run("index", "--index", index.toString(), corpus.toString()).status()).isZero();

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder =
        new ProcessBuilder(
                java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                HoldIndexLock.class.getName(), index.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(lines.readLine()).isEqualTo("locked");

      long started = System.nanoTime();
      Cli.Result second = Cli.run("index", "--index", index.toString(), corpus.toString());

      assertThat(second.status()).isEqualTo(ExitCode.INDEX.code());
      assertThat(second.err()).contains("is in use by another overlap process", "write.lock");
      assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(5);

      Path essay = dir.resolve("essay.txt");
      Files.writeString(essay, CliIT.COPIER, StandardCharsets.UTF_8);
      Cli.Result check = Cli.run("check", "--index", index.toString(), essay.toString());
      assertThat(check.status()).as(check.err()).isZero();
      assertThat(check.out()).contains("a.txt");
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
  }
}
