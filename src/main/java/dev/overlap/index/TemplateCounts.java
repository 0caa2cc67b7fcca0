package dev.overlap.index;

import java.util.Map;

/**
 * What a {@link FingerprintIndex} counts to learn site templates: documents per site, and for
 * each site the documents each block hash is in (only blocks in at least {@code minDocs}
 * documents need be listed).
 */
public record TemplateCounts(
    Map<String, Integer> siteDocuments, Map<String, Map<Long, Integer>> blockDocuments) {
  /** The template library these counts give with these thresholds. */
  public TemplateLibrary library(int minDocs, double minShare) {
    return new TemplateLibrary(siteDocuments, blockDocuments, minDocs, minShare);
  }
}
