package dev.overlap.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.CoreAdminResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * The measured figures the README's sizing sketch ("Scaling out") starts from, for a collection
 * that overlap indexed: fingerprints per essay, index bytes per essay and per fingerprint, and
 * the latency of the two requests of a candidate lookup on the cluster (document frequencies
 * through the TermsComponent, then the counting query), with probes of real fingerprints. Printed
 * and appended to the file named by {@code -Doverlap.figures}. The test machine is shared and
 * loaded: latencies are an order of magnitude, not a benchmark.
 */
final class SizingFigures {
  private SizingFigures() {}

  @SuppressWarnings("unchecked")
  static void report(MiniSolrCloudCluster cluster, String collection, Path folder, int probes)
      throws Exception {
    CloudSolrClient client = cluster.getSolrClient();
    client.commit(collection);
    SolrQuery count = new SolrQuery("*:*");
    count.addFilterQuery("hash:[* TO *]");
    count.setRows(0);
    long documents = client.query(collection, count).getResults().getNumFound();

    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("terms", true);
    params.set("terms.fl", "fp");
    params.set("terms.limit", -1);
    params.set("terms.sort", "index");
    QueryRequest terms = new QueryRequest(params, SolrRequest.METHOD.POST);
    terms.setPath("/terms");
    List<TermsResponse.Term> all = terms.process(client, collection).getTermsResponse().getTerms("fp");
    long postings = 0;
    List<String> distinct = new ArrayList<>(all.size());
    for (TermsResponse.Term term : all) {
      postings += term.getFrequency();
      distinct.add(term.getTerm());
    }

    long bytes = 0;
    for (JettySolrRunner jetty : cluster.getJettySolrRunners()) {
      try (Http2SolrClient node = new Http2SolrClient.Builder(jetty.getBaseUrl().toString()).build()) {
        CoreAdminResponse status = CoreAdminRequest.getStatus(null, node);
        for (int i = 0; i < status.getCoreStatus().size(); i++) {
          if (status.getCoreStatus().getName(i).startsWith(collection + "_")) {
            NamedList<Object> index = (NamedList<Object>) status.getCoreStatus().getVal(i).get("index");
            bytes += ((Number) index.get("sizeInBytes")).longValue();
          }
        }
      }
    }
    long textBytes;
    try (Stream<Path> files = Files.walk(folder)) {
      textBytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }

    // Probes of 400 real fingerprints (an essay of ~1,000 words), drawn from the index's terms.
    java.util.Random random = new java.util.Random(42);
    List<Double> dfMillis = new ArrayList<>();
    List<Double> queryMillis = new ArrayList<>();
    for (int p = 0; p < probes; p++) {
      List<String> probe = new ArrayList<>();
      for (int i = 0; i < Math.min(400, distinct.size()); i++) {
        probe.add(distinct.get(random.nextInt(distinct.size())));
      }
      ModifiableSolrParams df = new ModifiableSolrParams();
      df.set("terms", true);
      df.set("terms.fl", "fp");
      df.set("terms.limit", -1);
      df.set("terms.list", String.join(",", probe));
      QueryRequest dfRequest = new QueryRequest(df, SolrRequest.METHOD.POST);
      dfRequest.setPath("/terms");
      long started = System.nanoTime();
      dfRequest.process(client, collection);
      double dfTime = (System.nanoTime() - started) / 1e6;
      StringBuilder q = new StringBuilder();
      for (String term : probe) {
        q.append("fp:").append(term).append("^=1 ");
      }
      SolrQuery query = new SolrQuery(q.toString().trim());
      query.setRows(10);
      query.setFields("id,path,media,content,hash,words,site,cleanText,blocks,score");
      query.setSort("score", SolrQuery.ORDER.desc);
      query.addSort("id", SolrQuery.ORDER.asc);
      started = System.nanoTime();
      client.query(collection, query, SolrRequest.METHOD.POST);
      double queryTime = (System.nanoTime() - started) / 1e6;
      if (p >= probes / 4) { // the first quarter warms the caches and the JIT
        dfMillis.add(dfTime);
        queryMillis.add(queryTime);
      }
    }
    String line =
        String.format(
            Locale.ROOT,
            "overlap-solr figures: collection %s (2 shards, 2 nodes): %d essays, %d text bytes;"
                + " %d fingerprints (%.1f per essay, %d distinct); index %d bytes (%.0f per essay,"
                + " %.1f per fingerprint with stored text and stems, index/text %.2f)"
                + "%s",
            collection,
            documents,
            textBytes,
            postings,
            (double) postings / documents,
            distinct.size(),
            bytes,
            (double) bytes / documents,
            (double) bytes / postings,
            (double) bytes / textBytes,
            queryMillis.isEmpty()
                ? ""
                : String.format(
                    Locale.ROOT,
                    "; 400-fingerprint probe: document frequencies p50 %.1f ms p95 %.1f ms,"
                        + " counting query p50 %.1f ms p95 %.1f ms (%d probes, loaded machine)",
                    percentile(dfMillis, 0.5),
                    percentile(dfMillis, 0.95),
                    percentile(queryMillis, 0.5),
                    percentile(queryMillis, 0.95),
                    queryMillis.size()));
    System.out.println(line);
    String file = System.getProperty("overlap.figures");
    if (file != null) {
      Files.writeString(
          Path.of(file),
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  private static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
  }

}
