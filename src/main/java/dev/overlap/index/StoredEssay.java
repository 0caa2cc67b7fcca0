package dev.overlap.index;

/**
 * An essay as read back from the index.
 *
 * @param content the decoded file content, or null when the index references the file: read it
 *     again from {@code id} and compare its hash with {@code contentHash}
 * @param cleanText the cleaned text when it differs from {@code content}, else null
 * @param blocks the cleaned blocks, encoded ({@code CleanedText.encodeBlocks})
 */
public record StoredEssay(
    String id,
    String path,
    String mediaType,
    @org.jspecify.annotations.Nullable String content,
    String contentHash,
    int words,
    String site,
    @org.jspecify.annotations.Nullable String cleanText,
    String blocks) {}
