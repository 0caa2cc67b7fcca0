package dev.overlap.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of a document (.docx, .doc, .odt, .rtf, .pdf), extracted with Apache Tika: each
 * paragraph, heading, list item or table row becomes one block, blocks are separated by a blank
 * line, so the cleaner splits them as it splits a text file. Offsets in reports refer to this text.
 *
 * <p>Documents are hostile input, so Tika runs closed in: only the five parsers named here (no
 * service loading of the rest, no external programs, no OCR, nothing from the network), embedded
 * files are not opened, and the text may not grow past a limit. A zip container whose entries
 * would inflate far beyond the file is refused before it is parsed; what Tika finds while parsing
 * (its own zip-bomb and nesting checks, POI's inflation ratio check) is refused too, and a parse
 * that runs longer than {@link #TIMEOUT_SECONDS} seconds is given up. Whatever a parser throws
 * becomes a {@link RefusedInputException} with one reason: encrypted, damaged, no text, too large.
 *
 * <p>Thread-safe: the parsers are shared and stateless.
 */
final class DocumentText {
  /** Longest a document may take to parse before it is refused. */
  static final long TIMEOUT_SECONDS = 120;

  /** A zip container (.docx, .odt) may inflate to this many times the limit on a file's size. */
  private static final long MAX_INFLATED_FACTOR = 8;

  /** ... and one large entry may inflate at most this many times its compressed size. */
  private static final long MAX_ENTRY_RATIO = 100;

  private static final long LARGE_ENTRY = 1L << 20;

  private static final AtomicLong THREADS = new AtomicLong();

  /**
   * Tika, built on first use: loading its media types takes about a second, which a run that reads
   * only text files should not pay.
   */
  private static final class Tika {
    static final AutoDetectParser PARSER = parser();

    static final Set<org.apache.tika.mime.MediaType> SUPPORTED =
        PARSER.getSupportedTypes(new ParseContext());

    static final MediaTypeRegistry REGISTRY = MediaTypeRegistry.getDefaultRegistry();
  }

  private final long maxBytes;
  private final long timeoutMillis;

  /**
   * @param maxBytes the largest file read; also the most characters of text taken from one
   *     document, so that a document never yields more text than a text file may hold
   */
  DocumentText(long maxBytes) {
    this(maxBytes, TIMEOUT_SECONDS * 1000);
  }

  /** With another time limit, in milliseconds: for tests. */
  DocumentText(long maxBytes, long timeoutMillis) {
    this.maxBytes = maxBytes;
    this.timeoutMillis = timeoutMillis;
  }

  static {
    // Before any Tika, POI or PDFBox class sets up its logger.
    Logging.quiet();
  }

  private static AutoDetectParser parser() {
    Detector detector = new DefaultDetector();
    Parser[] parsers = {
      new OOXMLParser(), new OfficeParser(), new OpenDocumentParser(), new RTFParser(), new PDFParser()
    };
    return new AutoDetectParser(detector, parsers);
  }

  /** What a file of this name is called in a message: "PDF document", "Word document", .... */
  static String kind(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf")) {
      return "PDF document";
    }
    if (lower.endsWith(".odt")) {
      return "OpenDocument text";
    }
    if (lower.endsWith(".rtf")) {
      return "RTF document";
    }
    return "Word document";
  }

  /** The extracted text, and the format Tika found (e.g. {@code application/pdf}). */
  record Extracted(String text, String format) {}

  /**
   * Extracts the text of {@code bytes}, the content of the file shown as {@code displayPath}.
   *
   * @throws RefusedInputException when the document is encrypted, damaged, has no text, is a zip
   *     bomb, holds more text than the limit or takes too long to read
   */
  Extracted extract(String displayPath, byte[] bytes) throws RefusedInputException {
    String kind = kind(displayPath);
    if (isZip(bytes)) {
      checkInflatedSize(displayPath, kind, bytes);
    }
    Parse parse = new Parse(displayPath, kind, bytes);
    FutureTask<Extracted> task = new FutureTask<>(parse::run);
    Thread thread = new Thread(task, "overlap-document-" + THREADS.incrementAndGet());
    // A parse that never ends must not keep the JVM alive: it is abandoned, not joined.
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(timeoutMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      thread.interrupt();
      throw new RefusedInputException(
          displayPath,
          "took more than "
              + (timeoutMillis >= 1000 ? timeoutMillis / 1000 + " s" : timeoutMillis + " ms")
              + " to read (a damaged or hostile "
              + kind
              + "?): save it again or as .txt");
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new RefusedInputException(displayPath, "reading was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RefusedInputException refused) {
        throw refused;
      }
      throw new RefusedInputException(displayPath, failed(kind, cause));
    }
  }

  /** One parse, run on its own thread. */
  private final class Parse {
    private final String displayPath;
    private final String kind;
    private final byte[] bytes;

    Parse(String displayPath, String kind, byte[] bytes) {
      this.displayPath = displayPath;
      this.kind = kind;
      this.bytes = bytes;
    }

    Extracted run() throws RefusedInputException {
      Metadata metadata = new Metadata();
      ParagraphText text = new ParagraphText(maxBytes);
      try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
        org.apache.tika.mime.MediaType type = Tika.PARSER.getDetector().detect(in, metadata);
        if (!supported(type)) {
          throw new RefusedInputException(
              displayPath, "is damaged or not a complete " + kind + " (it looks like " + type + ")");
        }
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        Tika.PARSER.parse(in, new BodyContentHandler(text), metadata, context());
        String extracted = text.text();
        if (!hasWords(extracted)) {
          throw new RefusedInputException(displayPath, noText(kind));
        }
        return new Extracted(extracted, type.getBaseType().toString());
      } catch (RefusedInputException e) {
        throw e;
      } catch (Exception | StackOverflowError | OutOfMemoryError | LinkageError e) {
        if (text.limitReached()) {
          throw new RefusedInputException(displayPath, tooMuchText());
        }
        throw new RefusedInputException(displayPath, failed(kind, e));
      }
    }
  }

  private static boolean supported(org.apache.tika.mime.MediaType type) {
    for (org.apache.tika.mime.MediaType t = type; t != null; t = Tika.REGISTRY.getSupertype(t)) {
      if (Tika.SUPPORTED.contains(t) || Tika.SUPPORTED.contains(t.getBaseType())) {
        return true;
      }
    }
    return false;
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    pdf.setExtractAcroFormContent(false);
    pdf.setExtractBookmarksText(false);
    pdf.setExtractActions(false);
    pdf.setExtractIncrementalUpdateInfo(false);
    context.set(PDFParserConfig.class, pdf);
    OfficeParserConfig office = new OfficeParserConfig();
    office.setIncludeHeadersAndFooters(false);
    office.setIncludeDeletedContent(false);
    office.setIncludeMoveFromContent(false);
    office.setExtractMacros(false);
    context.set(OfficeParserConfig.class, office);
    // Pictures, attachments and embedded objects are not the essay: never opened.
    context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
    return context;
  }

  private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return false;
    }

    @Override
    public void parseEmbedded(
        java.io.InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
      // never called: shouldParseEmbedded says no
    }
  }

  private String tooMuchText() {
    String limit =
        maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MiB" : maxBytes + " characters";
    return "too large (its text is over " + limit + ", the limit on a file; raise it with"
        + " --max-file-size)";
  }

  private static String noText(String kind) {
    return kind.equals("PDF document")
        ? "has no text layer (a scan?): run OCR first and index the text"
        : "has no text (only pictures?): run OCR first and index the text";
  }

  /** The one reason for whatever a parser threw. */
  private String failed(String kind, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || t instanceof org.apache.poi.EncryptedDocumentException
          || t instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
        return "is encrypted: save an unprotected copy";
      }
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb")) {
        return zipBomb();
      }
      if (t instanceof OutOfMemoryError) {
        return "too large to read in memory (save it as .txt, or give java more heap with -Xmx)";
      }
      if (t instanceof LinkageError) {
        return "cannot be read by this build of overlap (missing "
            + t.getMessage()
            + "; please report it)";
      }
    }
    return "is damaged or not a complete " + kind;
  }

  private static String zipBomb() {
    return "inflates to far more than its size (a zip bomb?): not read";
  }

  // ---- zip containers ----

  private static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /**
   * Refuses a .docx or .odt whose entries declare more inflated bytes than {@link
   * #MAX_INFLATED_FACTOR} times the size limit, or one large entry that inflates more than {@link
   * #MAX_ENTRY_RATIO} times. Declared sizes can lie; then POI's ratio check, Tika's zip-bomb check
   * and the text limit still stop the parse.
   */
  private void checkInflatedSize(String displayPath, String kind, byte[] bytes)
      throws RefusedInputException {
    long total = 0;
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0) {
          continue;
        }
        total += size;
        if (size > LARGE_ENTRY && compressed >= 0 && size > compressed * MAX_ENTRY_RATIO) {
          throw new RefusedInputException(displayPath, zipBomb());
        }
      }
    } catch (IOException e) {
      throw new RefusedInputException(displayPath, "is damaged or not a complete " + kind);
    }
    if (total > maxBytes * MAX_INFLATED_FACTOR) {
      throw new RefusedInputException(displayPath, zipBomb());
    }
  }

  private static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  // ---- text ----

  /**
   * Collects the XHTML body Tika emits as text: a block element (paragraph, heading, list item,
   * table row, page) starts a new block, blocks are joined by a blank line, table cells by a tab.
   * Control characters other than tab and newline are dropped; past {@code maxChars} it stops the
   * parse.
   */
  static final class ParagraphText extends DefaultHandler {
    private static final Set<String> BLOCKS =
        Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "div", "tr", "pre",
            "blockquote", "table", "caption", "title");

    private final long maxChars;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder block = new StringBuilder();
    private boolean firstCell = true;
    private boolean limitReached;

    ParagraphText(long maxChars) {
      this.maxChars = maxChars;
    }

    boolean limitReached() {
      return limitReached;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      String name = localName.isEmpty() ? qName : localName;
      if (BLOCKS.contains(name)) {
        endBlock();
        firstCell = true;
      } else if (name.equals("td") || name.equals("th")) {
        if (!firstCell) {
          block.append('\t');
        }
        firstCell = false;
      } else if (name.equals("br")) {
        block.append('\n');
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      String name = localName.isEmpty() ? qName : localName;
      if (BLOCKS.contains(name)) {
        endBlock();
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      for (int i = start; i < start + length; i++) {
        char c = ch[i];
        if (c == '\r') {
          c = '\n';
        }
        if (c < 0x20 && c != '\t' && c != '\n') {
          continue;
        }
        if (c == '\n' && (block.isEmpty() || block.charAt(block.length() - 1) == '\n')) {
          continue; // no blank line inside a block: that would split it
        }
        block.append(c);
      }
      if (out.length() + block.length() > maxChars) {
        limitReached = true;
        throw new SAXException("text limit reached");
      }
    }

    /** PDF text marks its line ends this way; between blocks such white space is dropped. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      characters(ch, start, length);
    }

    @Override
    public void endDocument() {
      endBlock();
    }

    private void endBlock() {
      int end = block.length();
      while (end > 0 && Character.isWhitespace(block.charAt(end - 1))) {
        end--;
      }
      int start = 0;
      while (start < end && block.charAt(start) == '\n') {
        start++;
      }
      if (end > start) {
        if (!out.isEmpty()) {
          out.append("\n\n");
        }
        out.append(block, start, end);
      }
      block.setLength(0);
    }

    String text() {
      endBlock();
      return out.toString();
    }
  }
}
