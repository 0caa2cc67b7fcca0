package dev.overlap.solr;

import dev.overlap.index.FingerprintIndex;
import dev.overlap.index.FingerprintIndexProvider;
import dev.overlap.index.IndexSettings;

/** The {@code solr} backend: a SolrCloud collection built with the overlap configset. */
public final class SolrIndexProvider implements FingerprintIndexProvider {
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
