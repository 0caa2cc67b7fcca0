package dev.overlap.cli;

import dev.overlap.index.FingerprintIndex;
import dev.overlap.index.FingerprintIndexProvider;
import dev.overlap.index.IndexException;
import dev.overlap.index.IndexSettings;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --solr ZKHOST_OR_URL --collection NAME}: index into, or check against, a SolrCloud
 * collection instead of the {@code --index} folder. The backend is found on the class path
 * ({@link FingerprintIndexProvider} named {@code solr}), which {@code overlap-solr.jar} has.
 */
final class SolrOption {
  static final String PROVIDER = "solr";

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--solr",
      paramLabel = "ZKHOST_OR_URL",
      description =
          "Use a SolrCloud collection instead of --index: a ZooKeeper host list"
              + " (zk1:2181,zk2:2181/solr) or a Solr URL (http://host:8983/solr). Needs"
              + " overlap-solr.jar and --collection; see the README, \"Scaling out\".")
  String location;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      description = "The SolrCloud collection holding the essays (with --solr).")
  String collection;

  /** Whether --solr was given (checked: with --collection, without --index). */
  boolean enabled() {
    if (location == null) {
      if (collection != null) {
        throw new UserException(ExitCode.USAGE, "--collection needs --solr ZKHOST_OR_URL");
      }
      return false;
    }
    if (collection == null || collection.isBlank()) {
      throw new UserException(ExitCode.USAGE, "--solr needs --collection NAME");
    }
    if (mixee != null
        && mixee.commandLine() != null
        && mixee.commandLine().getParseResult() != null
        && mixee.commandLine().getParseResult().hasMatchedOption("--index")) {
      throw new UserException(
          ExitCode.USAGE, "give either --index DIR or --solr ZKHOST_OR_URL, not both");
    }
    return true;
  }

  /** Opens the collection; call only when {@link #enabled()}. */
  FingerprintIndex open(IndexSettings settings, boolean forWriting, boolean rebuild) {
    return provider().open(location, collection, settings, forWriting, rebuild);
  }

  /** The settings the collection was built with, or empty when it holds no index yet. */
  Optional<IndexSettings> builtWith() {
    try (FingerprintIndex index = provider().open(location, collection, null, false, false)) {
      return Optional.of(index.settings());
    } catch (IndexException e) {
      if (e.reason() == IndexException.Reason.MISSING) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static FingerprintIndexProvider provider() {
    return FingerprintIndexProvider.find(PROVIDER)
        .orElseThrow(
            () ->
                new UserException(
                    ExitCode.USAGE,
                    "SolrCloud support is in overlap-solr.jar: run that jar instead"
                        + " (java -jar overlap-solr.jar ...)"));
  }
}
