package dev.overlap.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site a page belongs to, for learning site templates: the host of an HTML page's canonical
 * or Open Graph URL when it has one, else the name of the folder the file is in.
 */
public final class Sites {
  private static final Pattern PAGE_URL =
      Pattern.compile(
          "<(?:link[^>]+rel=[\"']canonical[\"'][^>]*href|meta[^>]+property=[\"']og:url[\"'][^>]*content)"
              + "=[\"']https?://([^/\"':]+)",
          Pattern.CASE_INSENSITIVE);

  private Sites() {}

  public static String of(Essay essay) {
    if (essay.mediaType() == MediaType.HTML) {
      Matcher url = PAGE_URL.matcher(essay.content().substring(0, Math.min(essay.content().length(), 65_536)));
      if (url.find()) {
        String host = url.group(1).toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
      }
    }
    String path = essay.path().replace('\\', '/');
    int slash = path.lastIndexOf('/');
    if (slash <= 0) {
      return "";
    }
    String folder = path.substring(0, slash);
    return folder.substring(folder.lastIndexOf('/') + 1);
  }
}
