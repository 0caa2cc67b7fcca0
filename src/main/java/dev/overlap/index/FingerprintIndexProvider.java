package dev.overlap.index;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Opens a {@link FingerprintIndex} that is not the embedded one, found with {@link
 * ServiceLoader}: the core has no dependency on any backend's client library. The {@code
 * overlap-solr} module registers the {@code solr} provider in {@code
 * META-INF/services/dev.overlap.index.FingerprintIndexProvider}.
 */
public interface FingerprintIndexProvider {
  /** The backend's name, e.g. {@code solr}. */
  String name();

  /**
   * Opens the index.
   *
   * @param location where the backend is (for SolrCloud: a ZooKeeper host list such as {@code
   *     zk1:2181,zk2:2181/solr}, or a Solr URL such as {@code http://host:8983/solr})
   * @param collection the collection (or other name) holding the essays
   * @param settings with {@code forWriting}, the settings the index must have (a new index
   *     records them); ignored for reading, where the index's own settings are read
   * @param forWriting open for {@code upsert}, {@code delete} and {@code commit}
   * @param rebuild with {@code forWriting}, start empty
   * @throws IndexException when the backend cannot be reached, the collection is missing, or it
   *     was built with other settings
   */
  FingerprintIndex open(
      String location,
      String collection,
      IndexSettings settings,
      boolean forWriting,
      boolean rebuild);

  /** The provider named {@code name} on the class path, if any. */
  static Optional<FingerprintIndexProvider> find(String name) {
    for (FingerprintIndexProvider provider : ServiceLoader.load(FingerprintIndexProvider.class)) {
      if (provider.name().equals(name)) {
        return Optional.of(provider);
      }
    }
    return Optional.empty();
  }
}
