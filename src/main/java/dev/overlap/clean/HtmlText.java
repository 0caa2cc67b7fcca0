package dev.overlap.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces an HTML page to text, one line per block element, with jsoup. Scripts, styles,
 * templates, forms and elements marked hidden produce no text.
 */
final class HtmlText {
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "svg", "head", "form", "iframe", "select");

  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "div", "dl",
          "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
          "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
          "td", "th", "tr", "ul", "caption", "center");

  /** One extracted line with the element it came from. */
  record Line(String text, String tag) {}

  private HtmlText() {}

  static List<Line> lines(String html) {
    Document document = Jsoup.parse(html);
    List<Line> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String[] currentTag = {"body"};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
              flush(lines, current, currentTag[0]);
              currentTag[0] = element.normalName();
            } else if (node instanceof TextNode text && !insideSkipped(text)) {
              String value = text.text();
              if (!value.isBlank()) {
                if (!current.isEmpty() && !Character.isWhitespace(current.charAt(current.length() - 1))
                    && Character.isWhitespace(text.getWholeText().charAt(0))) {
                  current.append(' ');
                }
                current.append(value.strip());
                if (Character.isWhitespace(
                    text.getWholeText().charAt(text.getWholeText().length() - 1))) {
                  current.append(' ');
                }
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
              flush(lines, current, currentTag[0]);
            }
          }
        },
        document.body());
    flush(lines, current, currentTag[0]);
    return lines;
  }

  private static boolean insideSkipped(TextNode text) {
    for (Node parent = text.parent(); parent != null; parent = parent.parent()) {
      if (parent instanceof Element element) {
        if (SKIPPED.contains(element.normalName())
            || element.hasAttr("hidden")
            || element.attr("style").replace(" ", "").contains("display:none")) {
          return true;
        }
      }
    }
    return false;
  }

  private static void flush(List<Line> lines, StringBuilder current, String tag) {
    String text = current.toString().strip();
    if (!text.isEmpty()) {
      lines.add(new Line(text, tag));
    }
    current.setLength(0);
  }
}
