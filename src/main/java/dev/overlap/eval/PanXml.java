package dev.overlap.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PAN's annotation files: {@code <document reference="susp.txt">} holding one {@code <feature
 * name="plagiarism" this_offset this_length source_reference source_offset source_length/>} per
 * case (or {@code name="detected-plagiarism"} per detection).
 */
public final class PanXml {
  private static final Pattern DOCUMENT = Pattern.compile("<document\\s[^>]*reference=\"([^\"]*)\"");
  private static final Pattern FEATURE = Pattern.compile("<feature\\s([^>]*?)/?>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");

  private PanXml() {}

  /** The features named {@code name} in {@code file}, e.g. "plagiarism". */
  public static List<PanAnnotation> read(Path file, String name) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), name, file.toString());
  }

  static List<PanAnnotation> parse(String xml, String name, String where) throws IOException {
    Matcher document = DOCUMENT.matcher(xml);
    if (!document.find()) {
      throw new IOException(where + ": no <document reference=...>");
    }
    String reference = unescape(document.group(1));
    List<PanAnnotation> out = new ArrayList<>();
    Matcher feature = FEATURE.matcher(xml);
    while (feature.find()) {
      java.util.Map<String, String> attributes = new java.util.HashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(feature.group(1));
      while (attribute.find()) {
        attributes.put(attribute.group(1), unescape(attribute.group(2)));
      }
      if (!name.equals(attributes.get("name")) || !attributes.containsKey("this_offset")) {
        continue;
      }
      try {
        out.add(
            new PanAnnotation(
                reference,
                Integer.parseInt(attributes.get("this_offset")),
                Integer.parseInt(attributes.getOrDefault("this_length", "")),
                attributes.getOrDefault("source_reference", ""),
                Integer.parseInt(attributes.getOrDefault("source_offset", "0")),
                Integer.parseInt(attributes.getOrDefault("source_length", "0"))));
      } catch (IllegalArgumentException e) {
        throw new IOException(where + ": bad feature " + feature.group() + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** A detections file for the suspicious document {@code reference}. */
  public static String detections(String reference, List<PanAnnotation> detections) {
    StringBuilder out = new StringBuilder();
    out.append("<document reference=\"").append(escape(reference)).append("\">\n");
    for (PanAnnotation d : detections) {
      out.append(
          String.format(
              Locale.ROOT,
              "<feature name=\"detected-plagiarism\" this_offset=\"%d\" this_length=\"%d\""
                  + " source_reference=\"%s\" source_offset=\"%d\" source_length=\"%d\"/>\n",
              d.thisOffset(),
              d.thisLength(),
              escape(d.sourceReference()),
              d.sourceOffset(),
              d.sourceLength()));
    }
    return out.append("</document>\n").toString();
  }

  private static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String unescape(String value) {
    return value
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
