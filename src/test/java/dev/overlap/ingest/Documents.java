package dev.overlap.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes documents for tests, at test time: .docx (POI), .pdf (PDFBox), .odt (a minimal
 * OpenDocument zip by hand) and .rtf (by hand), each with the given paragraphs; and the bad ones:
 * encrypted, image-only, truncated, zip bomb.
 */
public final class Documents {
  static {
    Logging.quiet(); // POI and PDFBox, used here to write, would otherwise log to the console
  }

  private Documents() {}

  public static byte[] docx(List<String> paragraphs) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : paragraphs) {
        doc.createParagraph().createRun().setText(paragraph);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx whose pages carry a header and a footer. */
  public static byte[] docxWithHeaderAndFooter(List<String> paragraphs, String header, String footer) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
      doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
      for (String paragraph : paragraphs) {
        doc.createParagraph().createRun().setText(paragraph);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx with a password to open: an OLE2 file holding the encrypted package. */
  public static byte[] encryptedDocx(List<String> paragraphs) {
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(docx(paragraphs));
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] odt(List<String> paragraphs) {
    StringBuilder content = new StringBuilder();
    content.append(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " office:version=\"1.2\"><office:body><office:text>");
    for (String paragraph : paragraphs) {
      content.append("<text:p>").append(xml(paragraph)).append("</text:p>");
    }
    content.append("</office:text></office:body></office:document-content>\n");
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\""
            + " manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      // The mimetype entry comes first and uncompressed: that is how readers recognise ODF.
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static byte[] rtf(List<String> paragraphs) {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n");
    for (String paragraph : paragraphs) {
      StringBuilder escaped = new StringBuilder();
      for (char c : paragraph.toCharArray()) {
        if (c == '\\' || c == '{' || c == '}') {
          escaped.append('\\').append(c);
        } else if (c > 127) {
          escaped.append("\\u").append((int) (short) c).append('?');
        } else {
          escaped.append(c);
        }
      }
      rtf.append("\\pard ").append(escaped).append("\\par\n");
    }
    return rtf.append("}\n").toString().getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] pdf(List<String> paragraphs) {
    return pdf(paragraphs, null);
  }

  /** A PDF that asks for a password to open. */
  public static byte[] encryptedPdf(List<String> paragraphs) {
    return pdf(paragraphs, "secret");
  }

  private static byte[] pdf(List<String> paragraphs, String password) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      float fontSize = 11;
      float leading = 14;
      float margin = 72;
      PDRectangle size = PDRectangle.A4;
      List<List<String>> laidOut = new ArrayList<>();
      for (String paragraph : paragraphs) {
        laidOut.add(wrap(paragraph, 80));
      }
      PDPage page = null;
      PDPageContentStream stream = null;
      float y = 0;
      try {
        for (List<String> lines : laidOut) {
          float height = lines.size() * leading;
          if (page == null || y - height < margin) {
            if (stream != null) {
              stream.close();
            }
            page = new PDPage(size);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = size.getHeight() - margin;
          }
          for (String line : lines) {
            stream.beginText();
            stream.setFont(font, fontSize);
            stream.newLineAtOffset(margin, y);
            stream.showText(line);
            stream.endText();
            y -= leading;
          }
          y -= 2 * leading; // a paragraph gap
        }
      } finally {
        if (stream != null) {
          stream.close();
        }
      }
      if (password != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A scan: one page with a picture of text and no text layer. */
  public static byte[] imageOnlyPdf() {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < 200; x++) {
        for (int y = 0; y < 100; y++) {
          image.setRGB(x, y, ((x / 10 + y / 10) % 2 == 0) ? 0xFFFFFF : 0x202020);
        }
      }
      PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
        stream.drawImage(picture, 72, 500, 400, 200);
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code fraction} of {@code bytes}, as a download cut short leaves it. */
  public static byte[] truncated(byte[] bytes, double fraction) {
    return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
  }

  /**
   * A .docx-like zip whose document part inflates to {@code megabytes} MB of one repeated byte:
   * tiny on disk, huge when unzipped.
   */
  public static byte[] zipBomb(int megabytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                  + "</Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < megabytes; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static List<String> wrap(String paragraph, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.strip().split("\\s+")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
