package dev.overlap.solr;

import dev.overlap.analysis.AnalyzedText;
import dev.overlap.analysis.TextAnalysis;
import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.config.OverlapConfig;
import dev.overlap.fingerprint.Fingerprint;
import dev.overlap.fingerprint.Fingerprinter;
import dev.overlap.index.Candidate;
import dev.overlap.index.EssayIndex;
import dev.overlap.index.FingerprintIndex;
import dev.overlap.ingest.Essay;
import dev.overlap.ingest.EssayReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints what an index returns for essays, through the {@link FingerprintIndex} port only, so
 * that two backends can be compared line by line (the SolrCloud tests do, below the level of
 * reports, where a difference in candidates can hide behind the same passages):
 *
 * <pre>
 * java -cp overlap-solr.jar dev.overlap.solr.CandidateDump (--index DIR | --solr ZK_OR_URL
 *     --collection NAME) --max-df N --top K ESSAY...
 * </pre>
 *
 * <p>For each essay, one line {@code ESSAY<TAB>candidates<TAB>id=shared ...} (fingerprint
 * candidates with the commonness cut at N documents, at most K) and one line {@code
 * ESSAY<TAB>similar<TAB>id ...} (the BM25 paraphrase candidates, at most K). Essays are cleaned
 * without templates. Exit 2 on a wrong command line.
 */
public final class CandidateDump {
  private CandidateDump() {}

  public static void main(String[] args) throws Exception {
    String index = null;
    String solr = null;
    String collection = null;
    int maxDf = -1;
    int top = -1;
    List<String> essays = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--index" -> index = args[++i];
        case "--solr" -> solr = args[++i];
        case "--collection" -> collection = args[++i];
        case "--max-df" -> maxDf = Integer.parseInt(args[++i]);
        case "--top" -> top = Integer.parseInt(args[++i]);
        default -> essays.add(args[i]);
      }
    }
    if ((index == null) == (solr == null) || (solr != null && collection == null) || maxDf < 1
        || top < 1 || essays.isEmpty()) {
      System.err.println(
          "usage: CandidateDump (--index DIR | --solr ZK_OR_URL --collection NAME) --max-df N"
              + " --top K ESSAY...");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (FingerprintIndex opened =
        index != null
            ? EssayIndex.openForReading(Path.of(index))
            : SolrFingerprintIndex.open(solr, collection, null, false, false)) {
      OverlapConfig config = OverlapConfig.DEFAULT;
      EssayReader reader = new EssayReader();
      BoilerplateCleaner cleaner = new BoilerplateCleaner();
      TextAnalysis analysis = new TextAnalysis(config.scoredKinds());
      Fingerprinter fingerprinter = new Fingerprinter(opened.settings().fingerprints());
      for (String path : essays) {
        Essay essay = reader.read(Path.of(path), path);
        AnalyzedText words = analysis.analyze(cleaner.clean(essay));
        Set<Long> distinct = new LinkedHashSet<>();
        for (Fingerprint fingerprint : fingerprinter.fingerprints(words)) {
          distinct.add(fingerprint.hash());
        }
        long[] probe = distinct.stream().mapToLong(Long::longValue).toArray();
        StringBuilder line = new StringBuilder(path).append("\tcandidates\t");
        for (Candidate candidate : opened.candidates(probe, Set.of(essay.id()), maxDf, top)) {
          line.append(candidate.essay().id()).append('=').append(candidate.sharedFingerprints()).append(' ');
        }
        out.println(line.toString().trim());
        line = new StringBuilder(path).append("\tsimilar\t");
        for (Candidate candidate :
            opened.similarByWords(words.contentStems(), Set.of(essay.id()), 64, top)) {
          line.append(candidate.essay().id()).append(' ');
        }
        out.println(line.toString().trim());
      }
    }
    out.flush();
  }
}
