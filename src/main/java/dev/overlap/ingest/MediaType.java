package dev.overlap.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file overlap reads, chosen by file extension. */
public enum MediaType {
  TEXT("txt", "text"),
  MARKDOWN("md", "markdown"),
  HTML("html", "htm", "xhtml");

  private final String[] extensions;

  MediaType(String... extensions) {
    this.extensions = extensions;
  }

  /** The media type for a file name, or empty when overlap does not read that kind of file. */
  public static Optional<MediaType> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String fileName = name.toString();
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (MediaType type : values()) {
      for (String candidate : type.extensions) {
        if (candidate.equals(extension)) {
          return Optional.of(type);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * For files overlap does not read yet but a user may well mean as essays (PDF, Word,
   * OpenDocument, RTF, EPUB): what they are, in plural, for a message; empty for other files.
   * Such files are refused with that reason rather than skipped in silence, and never opened.
   */
  public static Optional<String> unsupportedDocument(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String fileName = name.toString().toLowerCase(Locale.ROOT);
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1);
    return Optional.ofNullable(
        switch (extension) {
          case "pdf" -> "PDF documents";
          case "doc", "docx", "docm", "dot", "dotx" -> "Word documents";
          case "odt", "ott" -> "OpenDocument texts";
          case "rtf" -> "RTF documents";
          case "pages" -> "Pages documents";
          case "epub" -> "EPUB books";
          default -> null;
        });
  }

  /** Why a document file is refused: it is not read yet, and what to do instead. */
  public static String notSupportedYet(String documents) {
    return documents
        + " are not supported yet (save the essay as .txt or .html and index that)";
  }

  /** The extensions overlap reads, for messages: ".txt, .text, .md, ...". */
  public static String supportedExtensions() {
    StringBuilder out = new StringBuilder();
    for (MediaType type : values()) {
      for (String extension : type.extensions) {
        if (!out.isEmpty()) {
          out.append(", ");
        }
        out.append('.').append(extension);
      }
    }
    return out.toString();
  }
}
