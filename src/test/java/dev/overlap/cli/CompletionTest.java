package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overlap completion}: a bash script that parses and completes commands and options. */
class CompletionTest {
  @TempDir Path dir;

  private static boolean hasBash() {
    return Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash"));
  }

  private Path script() throws IOException {
    Cli.Result result = Cli.run("completion");
    assertThat(result.status()).isZero();
    Path file = dir.resolve("overlap.bash");
    Files.writeString(file, result.out(), StandardCharsets.UTF_8);
    return file;
  }

  private static String bash(String... command) throws Exception {
    Process process =
        new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  /** What bash offers after {@code line} (the word being completed is the last one). */
  private String complete(Path script, String line) throws Exception {
    return bash(
        "bash",
        "-c",
        // compopt only works inside a real completion; the test calls the function directly
        "source \"$1\"; compopt() { :; }; COMP_LINE=\"$2\"; read -ra COMP_WORDS <<< \"$2\";"
            + " [[ \"$2\" == *' ' ]] && COMP_WORDS+=('');"
            + " COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_POINT=${#COMP_LINE};"
            + " _complete_overlap; printf '%s\\n' \"${COMPREPLY[@]}\"",
        "complete-test",
        script.toString(),
        line);
  }

  @Test
  void theScriptIsValidBashAndNamesEveryCommand() throws Exception {
    Path script = script();
    assertThat(Files.readString(script))
        .contains("index", "check", "compare", "clean", "templates", "config", "completion", "eval");
    assumeTrue(hasBash(), "bash is not installed; the syntax check is skipped");
    bash("bash", "-n", script.toString());
  }

  @Test
  void itCompletesCommandsAndTheirOptions() throws Exception {
    assumeTrue(hasBash(), "bash is not installed");
    Path script = script();
    assertThat(complete(script, "overlap ch").lines()).containsExactly("check");
    assertThat(complete(script, "overlap co").lines()).contains("compare", "config", "completion");
    assertThat(complete(script, "overlap check --min").lines()).contains("--min-words");
    assertThat(complete(script, "overlap index --").lines()).contains("--quiet", "--config", "--rebuild");
  }
}
