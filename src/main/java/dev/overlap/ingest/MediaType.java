package dev.overlap.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file overlap reads, chosen by file extension. */
public enum MediaType {
  TEXT("txt", "text"),
  MARKDOWN("md", "markdown"),
  HTML("html", "htm", "xhtml"),
  /**
   * Word, OpenDocument, RTF and PDF documents: their text is extracted (with Apache Tika), one
   * block per paragraph, and read as plain text; reports point into that text.
   */
  DOCUMENT("docx", "doc", "odt", "rtf", "pdf");

  private final String[] extensions;

  MediaType(String... extensions) {
    this.extensions = extensions;
  }

  /**
   * The media type for a file name, or empty when overlap does not read that kind of file. Text,
   * Markdown and HTML files may be gzip-compressed ({@code page.html.gz}, as crawlers often keep
   * pages); documents may not.
   */
  public static Optional<MediaType> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String fileName = name.toString();
    boolean gzipped = gzipped(fileName);
    if (gzipped) {
      fileName = fileName.substring(0, fileName.length() - GZ.length());
    }
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (MediaType type : values()) {
      for (String candidate : type.extensions) {
        if (candidate.equals(extension)) {
          return gzipped && type == DOCUMENT ? Optional.empty() : Optional.of(type);
        }
      }
    }
    return Optional.empty();
  }

  private static final String GZ = ".gz";

  /** Whether the file's name says it is gzip-compressed ({@code .gz}). */
  public static boolean gzipped(Path file) {
    Path name = file.getFileName();
    return name != null && gzipped(name.toString());
  }

  private static boolean gzipped(String fileName) {
    return fileName.length() > GZ.length()
        && fileName.regionMatches(true, fileName.length() - GZ.length(), GZ, 0, GZ.length());
  }

  /**
   * For files overlap does not read yet but a user may well mean as essays (Word and OpenDocument
   * templates, macro documents, Pages, EPUB): what they are, in plural, for a message; empty for
   * other files.
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
          case "docm", "dot", "dotx" -> "Word templates and macro documents";
          case "ott" -> "OpenDocument templates";
          case "pages" -> "Pages documents";
          case "epub" -> "EPUB books";
          default -> null;
        });
  }

  /** Why a document file is refused: it is not read yet, and what to do instead. */
  public static String notSupportedYet(String documents) {
    return documents
        + " are not supported yet (save the essay as .docx, .pdf or .txt and index that)";
  }

  /**
   * The extensions overlap reads, for messages: ".txt, .text, .md, ..., .pdf; text, Markdown
   * and HTML also gzip-compressed (.txt.gz, ...)".
   */
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
    return out.append("; text, Markdown and HTML also gzip-compressed (.txt.gz, .html.gz, ...)")
        .toString();
  }
}
