package dev.overlap.clean;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Reduces an HTML page to lines (one per block element) and tells the classifier what the page
 * structure says about each: in the main content, page furniture (nav, footer, sidebar, share
 * bars, class or id words such as "related" or "cookie"), a heading, a blockquote, and how much of
 * the line is link text.
 *
 * <p>The main content is found as Readability does: every paragraph-like line scores its parent
 * and grandparent (1 + commas + length/100, at most 3), elements whose class or id names content
 * gain and furniture names lose, the score is scaled by 1 − link density, and the best element
 * plus its strong siblings is the content.
 *
 * <p>Everything is iterative (no recursion over the tree), so deeply nested pages cannot overflow
 * the stack; two passes over the tree, both linear.
 */
final class HtmlPage {
  private static final Set<String> SKIPPED =
      Set.of(
          "script", "style", "noscript", "template", "svg", "head", "iframe", "select", "button",
          "input", "textarea", "option", "object", "embed", "canvas", "audio", "video", "map",
          "math", "dialog");

  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "div", "dl",
          "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
          "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
          "td", "th", "tr", "ul", "caption", "center", "form", "legend", "menu", "hgroup",
          "tbody", "thead", "tfoot", "dialog");

  /** A header inside these is the header of an article or card, not of the page. */
  private static final Set<String> SECTIONING = Set.of("article", "main", "section");

  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "menu");
  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
          "dialog", "alertdialog", "toolbar");

  /** One line of the page and what the classifier should know about it. */
  record Line(String text, BlockClassifier.Unit unit) {}

  private HtmlPage() {}

  static List<Line> lines(String html, CleanRules rules) {
    Document document = Jsoup.parse(html);
    Element body = document.body();
    Names names = new Names(rules);
    Walk first = new Walk(names, null);
    NodeTraversor.traverse(first, body);
    first.flush();
    Content content = Content.choose(first, names);
    Walk second = new Walk(names, content);
    second.stats.putAll(first.stats);
    NodeTraversor.traverse(second, body);
    second.flush();
    return second.result();
  }

  /** Class and id words of the rules, matched against the parts of a class or id. */
  private static final class Names {
    private static final java.util.regex.Pattern CAMEL =
        java.util.regex.Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private final Set<String> furniture;
    private final Set<String> content;

    Names(CleanRules rules) {
      furniture = Set.copyOf(rules.boilerplateNames());
      content = Set.copyOf(rules.contentNames());
    }

    /** +1 content name, -1 furniture name, 0 neither or both. */
    int weight(Element element) {
      String value = element.className() + " " + element.id();
      if (value.isBlank()) {
        return 0;
      }
      boolean bad = false;
      boolean good = false;
      // "footerLinks", "site-footer", "sidebar_2": camel case, dashes, underscores, digits split.
      String spaced = CAMEL.matcher(value).replaceAll("$1 $2");
      for (String part : Text.lower(spaced).split("[\\s_\\-0-9]+")) {
        if (part.isEmpty()) {
          continue;
        }
        bad |= furniture.contains(part);
        good |= content.contains(part);
      }
      return bad == good ? 0 : bad ? -1 : 1;
    }
  }

  /** Subtree text and link chars of scored elements, and their scores. */
  private static final class Stats {
    double score;
    int chars;
    int linkChars;
    boolean scored;
  }

  /** The chosen main content: its elements and how dominant it is. */
  private record Content(
      Set<Element> roots, Set<Element> rootAncestors, Element top, int topChars, boolean dominant) {
    static @Nullable Content choose(Walk walk, Names names) {
      Element best = null;
      double bestScore = 0;
      for (Map.Entry<Element, Stats> entry : walk.stats.entrySet()) {
        Stats stats = entry.getValue();
        if (!stats.scored) {
          continue;
        }
        double linkDensity = stats.chars == 0 ? 0 : (double) stats.linkChars / stats.chars;
        double score = stats.score * (1 - linkDensity);
        if (score > bestScore) {
          bestScore = score;
          best = entry.getKey();
        }
      }
      if (best == null) {
        return null;
      }
      Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
      roots.add(best);
      Element parent = best.parent();
      int contentChars = walk.stats.get(best).chars;
      if (parent != null) {
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : parent.children()) {
          if (sibling == best) {
            continue;
          }
          Stats stats = walk.stats.get(sibling);
          if (stats == null) {
            continue;
          }
          double linkDensity = stats.chars == 0 ? 0 : (double) stats.linkChars / stats.chars;
          boolean strong = stats.scored && stats.score * (1 - linkDensity) >= threshold;
          boolean paragraph = stats.chars > 80 && linkDensity < 0.25 && names.weight(sibling) >= 0;
          if (strong || paragraph) {
            roots.add(sibling);
            contentChars += stats.chars;
          }
        }
      }
      Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Element e = best.parent(); e != null; e = e.parent()) {
        ancestors.add(e);
      }
      int pageChars = Math.max(1, walk.totalChars);
      return new Content(
          roots, ancestors, best, walk.stats.get(best).chars, contentChars >= pageChars * 0.4);
    }
  }

  /** A frame of the element stack: what the element adds to the lines inside it. */
  private static final class Frame {
    final Element element;
    int chars;
    int linkChars;
    boolean pushedContent;
    @Nullable String furniture;
    boolean skip;

    Frame(Element element) {
      this.element = element;
    }
  }

  /**
   * One pass over the tree: builds the lines; in the first pass (no content yet) it also scores
   * elements, in the second it gives each line its hint.
   */
  private static final class Walk implements NodeVisitor {
    final Names names;
    final @Nullable Content content;
    final Map<Element, Stats> stats = new IdentityHashMap<>();
    final ArrayDeque<Frame> stack = new ArrayDeque<>();
    final List<Line> lines = new ArrayList<>();
    final StringBuilder current = new StringBuilder();
    int currentLinkChars;
    int skipDepth;
    int anchorDepth;
    int contentDepth;
    int quoteDepth;
    int furnitureDepth;
    int sectioningDepth;
    @Nullable String furnitureReason;
    int totalChars;
    @Nullable Element owner;

    Walk(Names names, @Nullable Content content) {
      this.names = names;
      this.content = content;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element element) {
        Frame frame = new Frame(element);
        String tag = element.normalName();
        if (SKIPPED.contains(tag) || hidden(element)) {
          frame.skip = true;
          skipDepth++;
        }
        if (BLOCKS.contains(tag)) {
          flush();
          owner = element;
        }
        if (tag.equals("a")) {
          anchorDepth++;
        }
        if (tag.equals("blockquote")) {
          quoteDepth++;
        }
        if (content != null) {
          String furniture = furniture(element, tag);
          if (furniture != null) {
            frame.furniture = furniture;
            if (furnitureDepth++ == 0) {
              furnitureReason = furniture;
            }
          }
          if (content.roots().contains(element)) {
            contentDepth++;
            frame.pushedContent = true;
          }
        }
        if (SECTIONING.contains(tag)) {
          sectioningDepth++;
        }
        stack.push(frame);
      } else if (node instanceof TextNode text && skipDepth == 0) {
        String whole = text.getWholeText();
        String value = text.text();
        if (value.isBlank()) {
          // White space between two inline elements ("<a>Log in</a> <a>Sign up</a>") separates words.
          if (!whole.isEmpty()
              && !current.isEmpty()
              && !Character.isWhitespace(current.charAt(current.length() - 1))) {
            current.append(' ');
          }
        } else {
          if (!current.isEmpty()
              && !Character.isWhitespace(current.charAt(current.length() - 1))
              && Character.isWhitespace(whole.charAt(0))) {
            current.append(' ');
          }
          String stripped = value.strip();
          current.append(stripped);
          if (anchorDepth > 0) {
            currentLinkChars += stripped.length();
          }
          if (Character.isWhitespace(whole.charAt(whole.length() - 1))) {
            current.append(' ');
          }
          Frame top = stack.peek();
          if (top != null) {
            top.chars += stripped.length();
            if (anchorDepth > 0) {
              top.linkChars += stripped.length();
            }
          }
          totalChars += stripped.length();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return;
      }
      String tag = element.normalName();
      if (BLOCKS.contains(tag)) {
        flush();
        owner = element.parent();
      }
      Frame frame = stack.pop();
      if (frame.skip) {
        skipDepth--;
      }
      if (tag.equals("a")) {
        anchorDepth--;
      }
      if (tag.equals("blockquote")) {
        quoteDepth--;
      }
      if (SECTIONING.contains(tag)) {
        sectioningDepth--;
      }
      if (frame.pushedContent) {
        contentDepth--;
      }
      if (frame.furniture != null && --furnitureDepth == 0) {
        furnitureReason = null;
      }
      Frame parent = stack.peek();
      if (parent != null) {
        parent.chars += frame.chars;
        parent.linkChars += frame.linkChars;
      }
      if (content == null) {
        Stats s = stats.get(element);
        if (s != null || names.weight(element) != 0) {
          if (s == null) {
            s = new Stats();
            stats.put(element, s);
          }
          s.chars = frame.chars;
          s.linkChars = frame.linkChars;
        }
      }
    }

    private static boolean hidden(Element element) {
      if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
        return true;
      }
      String style = element.attr("style");
      if (style.isEmpty()) {
        return false;
      }
      String compact = Text.lower(style).replace(" ", "");
      return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private @Nullable String furniture(Element element, String tag) {
      Content c = content;
      if (c == null || c.rootAncestors().contains(element) || c.roots().contains(element)) {
        return null;
      }
      boolean insideContent = contentDepth > 0;
      if (FURNITURE_TAGS.contains(tag)) {
        return "in <" + tag + ">";
      }
      if (tag.equals("header") && !insideContent && sectioningDepth == 0) {
        return "in <header>";
      }
      String role = Text.lower(element.attr("role"));
      if (FURNITURE_ROLES.contains(role)) {
        return "role=" + role;
      }
      if (names.weight(element) < 0) {
        Stats s = stats.get(element);
        // A "comments" block holding most of the content is the content (forums).
        if (s != null && s.chars > c.topChars() * 0.3 && !insideContent) {
          return null;
        }
        if (s != null && insideContent && s.chars > c.topChars() * 0.5) {
          return null;
        }
        String label = (element.className() + " " + element.id()).strip();
        return "class/id \"" + (label.length() > 40 ? label.substring(0, 40) + "…" : label) + "\"";
      }
      return null;
    }

    void flush() {
      String text = current.toString().strip();
      int links = Math.min(currentLinkChars, text.length());
      current.setLength(0);
      currentLinkChars = 0;
      if (text.isEmpty()) {
        return;
      }
      double linkDensity = (double) links / text.length();
      String tag = owner == null ? "body" : owner.normalName();
      if (content == null) {
        score(text, linkDensity, tag);
        lines.add(new Line(text, BlockClassifier.Unit.of(text)));
        return;
      }
      BlockClassifier.Hint hint;
      String reason;
      if (furnitureDepth > 0) {
        hint = BlockClassifier.Hint.FURNITURE;
        reason = furnitureReason == null ? "page furniture" : furnitureReason;
      } else if (contentDepth > 0) {
        hint =
            quoteDepth > 0
                ? BlockClassifier.Hint.QUOTE
                : tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))
                    ? BlockClassifier.Hint.HEADING
                    : BlockClassifier.Hint.CONTENT;
        reason = "in the main content";
      } else if (content.dominant()) {
        hint = BlockClassifier.Hint.FURNITURE;
        reason = "outside the main content";
      } else {
        hint = BlockClassifier.Hint.OUTSIDE;
        reason = "away from the main content";
      }
      if (tag.equals("h1") && hint != BlockClassifier.Hint.FURNITURE) {
        hint = BlockClassifier.Hint.TITLE;
      }
      lines.add(new Line(text, new BlockClassifier.Unit(text, hint, linkDensity, reason)));
    }

    /** Readability: a paragraph scores its parent fully, its grandparent half, and so on. */
    private void score(String text, double linkDensity, String tag) {
      if (owner == null || text.length() < 25 || linkDensity > 0.5) {
        return;
      }
      double points = 1 + count(text, ',') + count(text, '，') + Math.min(3, text.length() / 100);
      Element ancestor = owner.parent();
      if (tag.equals("div") || tag.equals("td") || tag.equals("pre") || tag.equals("section")
          || tag.equals("article") || tag.equals("main")) {
        // Text directly in a container: the container itself is a candidate.
        ancestor = owner;
      }
      for (int level = 0; level < 3 && ancestor != null; level++) {
        Stats s = stats.computeIfAbsent(ancestor, e -> initial(e));
        s.score += level == 0 ? points : level == 1 ? points / 2 : points / 6;
        ancestor = ancestor.parent();
      }
    }

    private Stats initial(Element element) {
      Stats s = new Stats();
      s.scored = true;
      s.score =
          switch (element.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
          };
      if (element.normalName().equals("article") || element.normalName().equals("main")) {
        s.score += 10;
      }
      s.score += 25 * names.weight(element);
      return s;
    }

    private static int count(String text, char c) {
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == c) {
          n++;
        }
      }
      return n;
    }

    /** Without a content element (an empty or link-only page) every line is judged by its text. */
    List<Line> result() {
      return lines;
    }
  }
}
