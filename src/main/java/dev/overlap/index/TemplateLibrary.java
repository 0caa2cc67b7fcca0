package dev.overlap.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Blocks that repeat across the documents of a site, counted from the index: a block is a
 * template when it is in at least {@code minDocs} documents of its site and in at least {@code
 * minShare} of them. The share keeps a paragraph that five students of one class copied from
 * becoming "template": a site template is on most of the site's pages.
 */
public final class TemplateLibrary {
  /** One learned template block. */
  public record Entry(String site, long hash, int documents, int siteDocuments) {}

  private final Map<String, Integer> siteDocuments;
  private final Map<String, Map<Long, Integer>> counts;
  private final int minDocs;
  private final double minShare;

  TemplateLibrary(
      Map<String, Integer> siteDocuments,
      Map<String, Map<Long, Integer>> counts,
      int minDocs,
      double minShare) {
    this.siteDocuments = Map.copyOf(siteDocuments);
    this.counts = Map.copyOf(counts);
    this.minDocs = minDocs;
    this.minShare = minShare;
  }

  public boolean isTemplate(String site, long hash) {
    Map<Long, Integer> site_ = counts.get(site);
    if (site_ == null) {
      return false;
    }
    Integer documents = site_.get(hash);
    return documents != null && documents >= threshold(site);
  }

  private int threshold(String site) {
    return Math.max(minDocs, (int) Math.ceil(minShare * siteDocuments.getOrDefault(site, 0)));
  }

  /** Every template block, most widespread first. */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (Map.Entry<String, Map<Long, Integer>> site : counts.entrySet()) {
      for (Map.Entry<Long, Integer> block : site.getValue().entrySet()) {
        if (block.getValue() >= threshold(site.getKey())) {
          out.add(
              new Entry(
                  site.getKey(),
                  block.getKey(),
                  block.getValue(),
                  siteDocuments.getOrDefault(site.getKey(), 0)));
        }
      }
    }
    out.sort(
        Comparator.comparingInt((Entry e) -> -e.documents())
            .thenComparing(Entry::site)
            .thenComparingLong(Entry::hash));
    return out;
  }
}
