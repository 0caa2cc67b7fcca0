package dev.overlap.index;

/**
 * An essay as read back from the index.
 *
 * @param cleanText the cleaned text when it differs from {@code content}, else null
 * @param blocks the cleaned blocks, encoded ({@code CleanedText.encodeBlocks})
 */
public record StoredEssay(
    String id,
    String path,
    String mediaType,
    String content,
    String contentHash,
    int words,
    String site,
    @org.jspecify.annotations.Nullable String cleanText,
    String blocks) {}
