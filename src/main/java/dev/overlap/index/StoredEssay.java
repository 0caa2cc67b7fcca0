package dev.overlap.index;

/** An essay as read back from the index. */
public record StoredEssay(
    String id,
    String path,
    String mediaType,
    String content,
    String contentHash,
    int words,
    String site) {}
