package dev.overlap.ingest;

import java.util.Objects;

/**
 * A decoded input file: not yet cleaned, not a Lucene document.
 *
 * @param id stable identity in the index: the file's real absolute path
 * @param path the path as the user gave it or as it was found in a folder, for reports
 * @param mediaType how to read {@code content}
 * @param content the whole file decoded to text (byte-order mark removed); for a {@link
 *     MediaType#DOCUMENT}, the text extracted from it, paragraphs separated by a blank line
 * @param charset the charset the bytes were decoded with; for a document, the format its text was
 *     extracted from (e.g. {@code application/pdf})
 * @param contentHash SHA-256 of the file's bytes, hex; unchanged files are skipped by {@code index}
 */
public record Essay(
    String id,
    String path,
    MediaType mediaType,
    String content,
    String charset,
    String contentHash) {

  public Essay {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(contentHash, "contentHash");
  }

  /** An essay that is not a file (tests, library use): identity and hash from its text. */
  public static Essay ofText(String id, String text) {
    return new Essay(id, id, MediaType.TEXT, text, "UTF-16", Hashes.sha256(text));
  }
}
