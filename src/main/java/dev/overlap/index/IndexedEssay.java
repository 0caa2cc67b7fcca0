package dev.overlap.index;

/**
 * What {@code index} stores for one essay.
 *
 * @param id identity (real path)
 * @param path path to show
 * @param mediaType media type name, to clean the content again when it is a candidate
 * @param content decoded file content; null when the index references the file instead ({@code
 *     index --texts reference}): then {@code cleanText} is stored, or the file is read again
 * @param contentHash SHA-256 of the file bytes
 * @param words number of words analysed
 * @param fingerprints distinct winnowed fingerprint hashes
 * @param stems content-word stem → number of occurrences, for finding paraphrase candidates; null
 *     when the index keeps no stems ({@code index --no-stems})
 * @param site the site the essay comes from (URL host or folder name), for templates
 * @param blockHashes normalized hashes of the essay's blocks, counted to learn site templates
 * @param cleanText the cleaned text when it differs from {@code content} (HTML), else null
 * @param blocks the cleaned blocks, encoded, so that checks need not clean the essay again
 */
public record IndexedEssay(
    String id,
    String path,
    String mediaType,
    @org.jspecify.annotations.Nullable String content,
    String contentHash,
    int words,
    long[] fingerprints,
    java.util.@org.jspecify.annotations.Nullable Map<String, Integer> stems,
    String site,
    long[] blockHashes,
    @org.jspecify.annotations.Nullable String cleanText,
    String blocks) {

  /** Each stem of {@code stems} (separated by spaces) → its number of occurrences, in the order the stems first occur. */
  public static java.util.Map<String, Integer> counts(String stems) {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (String stem : stems.split(" ")) {
      if (!stem.isEmpty()) {
        counts.merge(stem, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The stems as text again: each stem as often as it occurs, separated by spaces. */
  public String stemText() {
    if (stems == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (java.util.Map.Entry<String, Integer> stem : stems.entrySet()) {
      for (int i = 0; i < stem.getValue(); i++) {
        if (!text.isEmpty()) {
          text.append(' ');
        }
        text.append(stem.getKey());
      }
    }
    return text.toString();
  }
}
