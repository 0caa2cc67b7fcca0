package dev.overlap.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.ingest.Essay;
import dev.overlap.ingest.Hashes;
import dev.overlap.ingest.MediaType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden pages we wrote ourselves ({@code src/test/resources/clean/X.input.html|txt} with {@code
 * X.expected.txt}): other essay-mill templates (CTA wording, sidebar, footer, cookie banner,
 * related-essay lists) and a plain essay that must pass untouched.
 */
class GoldenPagesTest {
  static Stream<Path> inputs() throws IOException, URISyntaxException {
    Path dir = Path.of(GoldenPagesTest.class.getResource("/clean").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> inputs =
          files.filter(p -> p.getFileName().toString().contains(".input.")).sorted().toList();
      assertThat(inputs).hasSizeGreaterThanOrEqualTo(4);
      return inputs.stream();
    }
  }

  static Essay essay(Path input) throws IOException {
    String name = input.getFileName().toString();
    String content = Files.readString(input, StandardCharsets.UTF_8);
    MediaType type = name.endsWith(".html") ? MediaType.HTML : MediaType.TEXT;
    return new Essay(name, name, type, content, "UTF-8", Hashes.sha256(content));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void keptTextMatchesTheGoldenFile(Path input) throws IOException {
    String name = input.getFileName().toString();
    Path expected = input.resolveSibling(name.substring(0, name.indexOf(".input.")) + ".expected.txt");
    CleanedText cleaned = new BoilerplateCleaner().clean(essay(input));
    assertThat(cleaned.keptText() + "\n")
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void cleaningTwiceChangesNothing(Path input) throws IOException {
    BoilerplateCleaner cleaner = new BoilerplateCleaner();
    String once = cleaner.clean(essay(input)).keptText();
    assertThat(cleaner.clean(Essay.ofText("again", once)).keptText()).isEqualTo(once);
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void blocksMapBackToTheText(Path input) throws IOException {
    Essay essay = essay(input);
    CleanedText cleaned = new BoilerplateCleaner().clean(essay);
    if (essay.mediaType() != MediaType.HTML) {
      assertThat(cleaned.text()).isEqualTo(essay.content());
    }
    for (Block block : cleaned.blocks()) {
      String text = cleaned.text().substring(block.start(), block.end());
      assertThat(text).isNotBlank().isEqualTo(text.strip());
      assertThat(block.reason()).isNotBlank();
    }
  }
}
