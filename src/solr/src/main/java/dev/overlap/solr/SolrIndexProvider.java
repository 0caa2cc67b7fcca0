package dev.overlap.solr;

import dev.overlap.index.FingerprintIndex;
import dev.overlap.index.FingerprintIndexProvider;
import dev.overlap.index.IndexSettings;

/** The {@code solr} backend: a SolrCloud collection built with the overlap configset. */
public final class SolrIndexProvider implements FingerprintIndexProvider {
  static {
    // SolrJ logs through SLF4J; overlap reports in one line per problem, so without a logging
    // backend chosen by the user, SLF4J stays silent instead of warning that there is none.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", "org.slf4j.helpers.NOPServiceProvider");
    }
  }

  @Override
  public String name() {
    return "solr";
  }

  @Override
  public FingerprintIndex open(
      String location,
      String collection,
      IndexSettings settings,
      boolean forWriting,
      boolean rebuild) {
    return SolrFingerprintIndex.open(location, collection, settings, forWriting, rebuild);
  }
}
