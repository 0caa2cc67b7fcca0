package dev.overlap.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one file into an {@link Essay}: checks its kind and size, detects its charset (byte-order
 * mark, else strict UTF-8, else UTF-16 by its zero bytes, else windows-1252) and refuses what is
 * not essay text with a reason a user can act on. Documents (.docx, .doc, .odt, .rtf, .pdf) are
 * not decoded but have their text extracted ({@link DocumentText}); the essay is that text.
 *
 * <p>Thread-safe and stateless apart from its limit.
 */
public final class EssayReader {
  /** Default largest file read: 32 MiB. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final long maxBytes;
  private final DocumentText documents;

  public EssayReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public EssayReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    this.maxBytes = maxBytes;
    this.documents = new DocumentText(maxBytes);
  }

  /**
   * Reads {@code file}, reported as {@code displayPath}.
   *
   * @throws RefusedInputException when the file is missing, unreadable, of an unsupported kind,
   *     empty, binary or too large; or a document that is encrypted, damaged or without text
   */
  public Essay read(Path file, String displayPath) throws RefusedInputException {
    // One stat (links followed) answers what Files.exists, isDirectory and isRegularFile would
    // ask three times: system calls are most of the cost of reading a short essay.
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      attributes = null;
    }
    if (attributes == null) {
      throw new RefusedInputException(
          displayPath,
          Files.isSymbolicLink(file) ? "broken link (" + linkTarget(file) + ")" : "no such file");
    }
    if (attributes.isDirectory()) {
      throw new RefusedInputException(displayPath, "is a folder, not a file");
    }
    if (!attributes.isRegularFile()) {
      // Reading a named pipe blocks until someone writes to it, a device may never end.
      throw new RefusedInputException(
          displayPath, "not a regular file (a named pipe, device or socket)");
    }
    Optional<String> document = MediaType.unsupportedDocument(file);
    if (document.isPresent()) {
      throw new RefusedInputException(displayPath, MediaType.notSupportedYet(document.get()));
    }
    MediaType type =
        MediaType.of(file)
            .orElseThrow(
                () ->
                    new RefusedInputException(
                        displayPath,
                        "unsupported file type (overlap reads "
                            + MediaType.supportedExtensions()
                            + ")"));
    byte[] bytes = readBounded(file, displayPath, attributes.size());
    if (MediaType.gzipped(file)) {
      bytes = gunzip(bytes, displayPath);
    }
    String id;
    try {
      id = file.toRealPath().toString();
    } catch (IOException e) {
      id = file.toAbsolutePath().normalize().toString();
    }
    return decode(id, displayPath, type, bytes);
  }

  private static String linkTarget(Path link) {
    try {
      return "it points to " + Files.readSymbolicLink(link) + ", which does not exist";
    } catch (IOException e) {
      return "its target does not exist";
    }
  }

  /** Decodes bytes already in memory; {@code id} and {@code displayPath} as in {@link Essay}. */
  public Essay decode(String id, String displayPath, MediaType type, byte[] bytes)
      throws RefusedInputException {
    if (bytes.length == 0) {
      throw new RefusedInputException(displayPath, "empty file");
    }
    if (type == MediaType.DOCUMENT) {
      DocumentText.Extracted extracted = documents.extract(displayPath, bytes);
      return new Essay(
          id, displayPath, type, extracted.text(), extracted.format(), Hashes.sha256(bytes));
    }
    String magic = binaryMagic(bytes);
    if (magic != null) {
      throw new RefusedInputException(displayPath, "binary file (" + magic + "), not text");
    }
    Decoded decoded = decodeText(bytes);
    if (decoded == null || looksBinary(decoded.text())) {
      throw new RefusedInputException(
          displayPath, "binary file (control characters or NUL bytes), not text");
    }
    if (decoded.text().isBlank()) {
      throw new RefusedInputException(displayPath, "empty file (only white space)");
    }
    return new Essay(
        id, displayPath, type, decoded.text(), decoded.charset(), Hashes.sha256(bytes));
  }

  private byte[] readBounded(Path file, String displayPath, long size)
      throws RefusedInputException {
    try {
      if (size > maxBytes) {
        throw new RefusedInputException(displayPath, tooLarge(size));
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > maxBytes) {
          throw new RefusedInputException(displayPath, tooLarge(bytes.length));
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new RefusedInputException(displayPath, "no such file");
    } catch (AccessDeniedException e) {
      throw new RefusedInputException(displayPath, "permission denied (cannot read the file)");
    } catch (IOException e) {
      throw new RefusedInputException(displayPath, "cannot read: " + e.getMessage());
    }
  }

  /**
   * The content of a gzip-compressed file, bounded as a file is: one that inflates past the limit
   * is refused as soon as it does (a few kilobytes can inflate to gigabytes).
   */
  private byte[] gunzip(byte[] compressed, String displayPath) throws RefusedInputException {
    if (!startsWith(compressed, 0x1F, 0x8B)) {
      throw new RefusedInputException(
          displayPath, "named .gz but not gzip-compressed (rename it without .gz)");
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        throw new RefusedInputException(
            displayPath,
            "decompresses to more than the limit of "
                + (maxBytes / (1024 * 1024))
                + " MiB (raise it with --max-file-size)");
      }
      return bytes;
    } catch (EOFException | ZipException e) {
      throw new RefusedInputException(
          displayPath, "not a complete gzip file (damaged or truncated): decompress what you can with gzip -dc and index that");
    } catch (IOException e) {
      throw new RefusedInputException(displayPath, "cannot decompress: " + e.getMessage());
    }
  }

  private String tooLarge(long size) {
    return "too large ("
        + (size / (1024 * 1024))
        + " MiB; the limit is "
        + (maxBytes / (1024 * 1024))
        + " MiB, raise it with --max-file-size)";
  }

  private record Decoded(String text, String charset) {}

  private static Decoded decodeText(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return strict(bytes, 0, utf16);
    }
    Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return utf8;
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name());
  }

  private static Decoded strict(byte[] bytes, int offset, Charset charset) {
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
      return new Decoded(text, charset.name());
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** UTF-16 text without a byte-order mark shows as every other byte zero in its ASCII parts. */
  private static Charset utf16WithoutBom(byte[] bytes) {
    int sample = Math.min(bytes.length, 4096) & ~1;
    if (sample < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < sample; i += 2) {
      if (bytes[i] == 0) {
        evenZeros++;
      }
      if (bytes[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = sample / 2;
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Text with NULs or more than 2% other control characters is not an essay. */
  private static boolean looksBinary(String text) {
    int sample = Math.min(text.length(), 65_536);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > sample * 0.02;
  }

  private static String binaryMagic(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF document";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "ZIP archive or Office document";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip archive";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return "executable";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
