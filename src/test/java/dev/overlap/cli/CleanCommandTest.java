package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code overlap clean}, run through picocli directly (the lead wires it into the root). */
class CleanCommandTest {
  private static final String PAGE =
      "Title of the Essay \uD835\uDC00\n\nWhatsapp\n"
          + "The committee considered the proposal for several months before it reached a decision,"
          + " and the delay itself became a subject of public debate in the local press.\n"
          + "Order Now\n";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = new CommandLine(new CleanCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parse) -> {
          if (e instanceof UserException user) {
            err.write(user.getMessage());
            return user.exitCode().code();
          }
          throw e;
        });
    return commandLine.execute(args);
  }

  private Path page() throws IOException {
    Path file = dir.resolve("page.txt");
    Files.writeString(file, PAGE);
    return file;
  }

  @Test
  void printsTheKeptTextAndExplains() throws IOException {
    assertThat(run("--explain", page().toString())).isZero();
    assertThat(out.toString()).contains("committee").doesNotContain("Whatsapp", "Order Now");
    assertThat(err.toString()).contains("removed 2 block(s)").contains("\"Whatsapp\"").contains("order now");
  }

  @Test
  void writesOneFilePerPage() throws IOException {
    Path target = dir.resolve("out");
    assertThat(run("--out", target.toString(), page().toString())).isZero();
    assertThat(Files.readString(target.resolve("page.txt"))).startsWith("Title of the Essay");
  }

  @Test
  void jsonOffsetsAreCodePoints() throws IOException {
    assertThat(run("--format", "json", page().toString())).isZero();
    JsonNode root = new ObjectMapper().readTree(out.toString());
    JsonNode page = root.get("pages").get(0);
    String text = page.get("text").asText();
    JsonNode whatsapp = page.get("blocks").get(1);
    assertThat(whatsapp.get("kind").asText()).isEqualTo("BOILERPLATE");
    // The title holds one supplementary character: code-point offsets are one less than UTF-16.
    int utf16 = text.indexOf("Whatsapp");
    assertThat(whatsapp.get("start").asInt()).isEqualTo(utf16 - 1);
    assertThat(whatsapp.get("end").asInt() - whatsapp.get("start").asInt()).isEqualTo(8);
  }

  @Test
  void anUnknownRulesKeyIsAUsageError() throws IOException {
    Path rules = dir.resolve("rules.json");
    Files.writeString(rules, "{\"cuez\": []}");
    assertThat(run("--rules", rules.toString(), page().toString())).isEqualTo(ExitCode.USAGE.code());
    assertThat(err.toString()).contains("'cuez'");
  }

  @Test
  void aMissingFileIsRefused() {
    assertThat(run(dir.resolve("none.txt").toString())).isEqualTo(ExitCode.INPUT.code());
  }
}
