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
 * @param stems content-word stems, separated by spaces, for finding paraphrase candidates
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
    String stems,
    String site,
    long[] blockHashes,
    @org.jspecify.annotations.Nullable String cleanText,
    String blocks) {}
