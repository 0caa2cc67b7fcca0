package dev.overlap.clean;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
 * <p>The main content is the element whose subtree has the most value, where a line of prose
 * (80+ characters, few links) adds its length, a medium line adds a third of it, and short lines
 * and links take away (a maximum-subtree search in the spirit of Readability's candidate scoring,
 * but without its single-paragraph bias: pages of several sections keep them all). Text under a
 * furniture class name counts 0.3 of its value. Teasers (a small block that opens with a headline
 * link and goes on with a summary: other stories) are then left out of the count: when an element
 * inside the best one holds at least half of its value without them, that element is the content
 * (an article and the "more stories" beside it), while on a listing, made of teasers, the best
 * element stays. When the content holds at least a fifth of the
 * page's text, lines outside it are furniture; otherwise they are judged by their text. Inside the
 * content, teasers (a headline link with its summary), figure captions (figcaption, or in an
 * article a block whose class names a caption or credit) and furniture-named blocks
 * are furniture too.
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

  /** Class and id words of a picture's caption or credit (inside an article). */
  private static final Set<String> CAPTION_NAMES =
      Set.of("caption", "credit");

  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "menu");
  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
          "dialog", "alertdialog", "toolbar");

  /** One line of the page and what the classifier should know about it. */
  record Line(String text, BlockClassifier.Unit unit) {}

  /**
   * The page's lines with the content chosen, whether the page declares itself an article
   * ({@code <meta property="og:type" content="article">}, as news sites and blogs do for sharing),
   * and the reading that takes the whole body as the content, made on demand from the same parse.
   */
  record Reading(List<Line> lines, boolean declaredArticle, Supplier<List<Line>> wholeBody) {}

  /** A line of at least this many characters (with few links) is a paragraph of prose. */
  static final int PROSE_CHARS = 80;

  private HtmlPage() {}

  /**
   * The page's lines with their hints, parsed once. Its {@code wholeBody} reading makes the whole
   * body the content, so that only furniture (nav, header, footer, sidebars, furniture class names,
   * teasers) is boilerplate by structure: the fallback for pages where the chosen content holds
   * little of the text (listings, product grids, pages of many sections).
   */
  static Reading read(String html, Names names) {
    Document document = Jsoup.parse(html);
    Element body = document.body();
    Walk first = new Walk(names, null);
    NodeTraversor.traverse(first, body);
    first.flush();
    List<Line> lines = lines(body, names, first, Content.choose(first));
    return new Reading(
        lines,
        first.articleMeta || declaredArticle(document.head()),
        () -> lines(body, names, first, Content.whole(body, first)));
  }

  /** The second pass: the lines with their hints, given the content. */
  private static List<Line> lines(Element body, Names names, Walk first, @Nullable Content content) {
    Walk second = new Walk(names, content);
    second.stats.putAll(first.stats);
    NodeTraversor.traverse(second, body);
    second.flush();
    return second.result();
  }

  /** Whether the head declares the page an article (og:type); the body's were seen by the walk. */
  private static boolean declaredArticle(Element head) {
    for (Element meta : head.getElementsByTag("meta")) {
      if (declaresArticle(meta)) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaresArticle(Element meta) {
    return meta.attr("property").strip().equalsIgnoreCase("og:type")
        && Text.lower(meta.attr("content").strip()).equals("article");
  }

  /**
   * The lower-cased parts of class and id names: split at white space, '_', '-' and digits, and
   * where a lower-case letter meets an upper-case one ("footerLinks" is "footer", "links").
   */
  static List<String> nameParts(String value) {
    List<String> parts = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean separator =
          c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
              || c == '_' || c == '-' || (c >= '0' && c <= '9');
      if (separator) {
        if (start >= 0) {
          parts.add(Text.lower(value.substring(start, i)));
          start = -1;
        }
        continue;
      }
      if (start >= 0 && Character.getType(c) == Character.UPPERCASE_LETTER
          && Character.getType(value.charAt(i - 1)) == Character.LOWERCASE_LETTER) {
        parts.add(Text.lower(value.substring(start, i)));
        start = i;
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      parts.add(Text.lower(value.substring(start)));
    }
    return parts;
  }

  /**
   * Class and id words of the rules, matched against the parts of a class or id. One per cleaner,
   * shared by its threads: results are cached by class-and-id string, since pages (and the pages of
   * a site) repeat the same class strings many times.
   */
  static final class Names {
    /** Cached strings at most (then the cache starts again): a bound on memory over a long run. */
    private static final int MAX_CACHED = 100_000;

    private final Set<String> furniture;
    private final Set<String> content;

    /** First parts of the names of several parts ("more" of "more-stories"). */
    private final Set<String> firstParts;

    Names(CleanRules rules) {
      furniture = Set.copyOf(rules.boilerplateNames());
      content = Set.copyOf(rules.contentNames());
      Set<String> first = new java.util.HashSet<>();
      for (String name : furniture) {
        first.add(name.contains("-") ? name.substring(0, name.indexOf('-')) : "");
      }
      for (String name : content) {
        first.add(name.contains("-") ? name.substring(0, name.indexOf('-')) : "");
      }
      first.remove("");
      firstParts = Set.copyOf(first);
    }

    /** Whether a class or id part names a picture's caption or credit. */
    boolean caption(Element element) {
      String value = key(element);
      if (value == null) {
        return false;
      }
      Boolean cached = captions.get(value);
      if (cached == null) {
        cached = false;
        for (String part : nameParts(value)) {
          cached |= CAPTION_NAMES.contains(part);
        }
        if (captions.size() >= MAX_CACHED) {
          captions.clear();
        }
        captions.put(value, cached);
      }
      return cached;
    }

    private final Map<String, Boolean> captions = new java.util.concurrent.ConcurrentHashMap<>();

    /** Weights by class-and-id string. */
    private final Map<String, Integer> cache = new java.util.concurrent.ConcurrentHashMap<>();

    /** +1 content name, -1 furniture name, 0 neither or both. */
    int weight(Element element) {
      String key = key(element);
      if (key == null) {
        return 0;
      }
      Integer cached = cache.get(key);
      if (cached == null) {
        cached = compute(key);
        if (cache.size() >= MAX_CACHED) {
          cache.clear(); // a long run's strings: start again rather than stop caching
        }
        cache.put(key, cached);
      }
      return cached;
    }

    /**
     * The class and id as one string, null when there are neither. The parts of "a b" and of
     * class "a" with id "b" are the same, so the class alone stands for both when there is no id.
     */
    private static @Nullable String key(Element element) {
      if (element.attributesSize() == 0) {
        return null;
      }
      String className = element.className();
      String id = element.id();
      if (id.isEmpty()) {
        return className.isEmpty() ? null : className;
      }
      return className + " " + id;
    }

    private int compute(String value) {
      if (value.isBlank()) {
        return 0;
      }
      boolean bad = false;
      boolean good = false;
      // "footerLinks", "site-footer", "sidebar_2": camel case, dashes, underscores, digits split;
      // names of several words ("more-stories", "author-bio") match consecutive parts.
      List<String> parts = nameParts(value);
      for (int i = 0; i < parts.size(); i++) {
        String name = parts.get(i);
        int last = firstParts.contains(name) ? Math.min(parts.size(), i + 3) : i + 1;
        for (int j = i; j < last; j++) {
          if (j > i) {
            name = name + "-" + parts.get(j);
          }
          bad |= furniture.contains(name);
          good |= content.contains(name);
        }
      }
      return bad == good ? 0 : bad ? -1 : 1;
    }
  }

  /** What the first pass learns about an element: subtree value, text, links, link lines. */
  private static final class Stats {
    double value;
    double proseValue;
    int linkLines;
    boolean underFurniture;
    int chars;
    int linkChars;
  }

  /** The chosen main content: its elements and how dominant it is. */
  /**
   * When the content holds at least this share of the page's text, everything outside it is
   * furniture; otherwise lines outside are judged by their text (pages of several sections).
   */
  private static final double DOMINANT_SHARE = 0.2;

  /** A teaser (headline and summary) is shorter than this; a longer block is content. */
  private static final int CARD_CHARS = 800;

  /**
   * The share of the best element's value that an element inside it must hold, teasers left out,
   * to be chosen as the content instead.
   */
  private static final double ARTICLE_SHARE = 0.5;

  /** Content with less than this share of its text in links is prose, not a listing. */
  private static final double PROSE_LINK_SHARE = 0.25;

  private record Content(
      Set<Element> roots,
      Set<Element> rootAncestors,
      Element top,
      int topChars,
      boolean dominant,
      boolean inclusive,
      boolean prose) {
    static Content whole(Element body, Walk walk) {
      Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
      roots.add(body);
      Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Element e = body.parent(); e != null; e = e.parent()) {
        ancestors.add(e);
      }
      return new Content(
          roots, ancestors, body, Math.max(1, walk.totalChars), true, true, prose(walk.stats.get(body)));
    }

    /** A value, discounted under furniture (navigation, sidebars, footers). */
    private static double weighted(Stats stats, double value) {
      return value * (stats.underFurniture ? 0.3 : 1);
    }

    /** The element of highest {@code value} (discounted under furniture), or null if none is above 0. */
    private static @Nullable Element highest(
        Walk walk, java.util.function.ToDoubleFunction<Stats> value) {
      Element best = null;
      double bestValue = 0;
      for (Map.Entry<Element, Stats> entry : walk.stats.entrySet()) {
        double v = weighted(entry.getValue(), value.applyAsDouble(entry.getValue()));
        if (v > bestValue) {
          bestValue = v;
          best = entry.getKey();
        }
      }
      return best;
    }

    static @Nullable Content choose(Walk walk) {
      Element best = highest(walk, stats -> stats.value);
      if (best == null) {
        return null;
      }
      double bestValue = weighted(walk.stats.get(best), walk.stats.get(best).value);
      Element prose = highest(walk, stats -> stats.proseValue);
      double proseBest = prose == null ? 0 : weighted(walk.stats.get(prose), walk.stats.get(prose).proseValue);
      // Teasers around an article (other stories, each a headline and a summary) add their prose
      // to the element holding both; without them, the article alone may hold most of the value.
      // When it holds at least half, it is the content; on a listing the teasers are most of it.
      if (prose != null && prose != best && proseBest >= bestValue * ARTICLE_SHARE) {
        for (Element e = prose.parent(); e != null; e = e.parent()) {
          if (e == best) {
            best = prose;
            break;
          }
        }
      }
      Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
      roots.add(best);
      Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Element e = best.parent(); e != null; e = e.parent()) {
        ancestors.add(e);
      }
      int chars = walk.stats.get(best).chars;
      return new Content(
          roots,
          ancestors,
          best,
          chars,
          chars >= Math.max(1, walk.totalChars) * DOMINANT_SHARE,
          false,
          prose(walk.stats.get(best)));
    }

    /** Prose content has under a quarter of its text in links; a listing's cards are links. */
    private static boolean prose(@Nullable Stats stats) {
      return stats == null || stats.linkChars < stats.chars * PROSE_LINK_SHARE;
    }
  }

  /** A frame of the element stack: what the element adds to the lines inside it. */
  private static final class Frame {
    final Element element;
    int chars;
    int linkChars;
    double value;
    double proseValue;
    int linkLines;
    boolean namedFurniture;
    boolean pushedContent;

    /** The class/id weight (first pass only; 0 in the second). */
    int weight;
    @Nullable String furniture;
    boolean skip;

    /** Index of the first line that can belong to this element. */
    int firstLine;

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
    /**
     * Scored elements in the order their end tags were passed (children before parents), so that
     * ties go to the same element on every run: jsoup nodes are equal only to themselves, and an
     * identity-ordered map made the choice depend on identity hash codes, i.e. on the build.
     */
    final Map<Element, Stats> stats = new java.util.LinkedHashMap<>();
    final ArrayDeque<Frame> stack = new ArrayDeque<>();
    final List<Line> lines = new ArrayList<>();
    final List<Boolean> headline = new ArrayList<>();
    final StringBuilder current = new StringBuilder();
    int currentLinkChars;
    /** Links opened in the current line: a headline is one link, a bar of actions is several. */
    int currentLinks;
    int skipDepth;
    int anchorDepth;
    int contentDepth;
    int quoteDepth;
    int furnitureDepth;
    int sectioningDepth;
    int namedFurnitureDepth;
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
          if (anchorDepth++ == 0) {
            currentLinks++;
          }
        }
        if (tag.equals("blockquote")) {
          quoteDepth++;
        }
        if (tag.equals("meta") && declaresArticle(element)) {
          articleMeta = true;
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
        frame.weight = content == null ? names.weight(element) : 0;
        if (frame.weight < 0) {
          frame.namedFurniture = true;
          namedFurnitureDepth++;
        }
        frame.firstLine = lines.size();
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
      if (frame.namedFurniture) {
        namedFurnitureDepth--;
      }
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
      int weight = frame.weight;
      if (content == null && frame.proseValue > 0 && BLOCKS.contains(tag) && teaser(frame)) {
        frame.proseValue = 0;
      }
      if (parent != null) {
        parent.chars += frame.chars;
        parent.linkChars += frame.linkChars;
        // Text under a furniture name (comments, related) counts little towards its ancestors.
        parent.value += weight < 0 && frame.value > 0 ? frame.value * 0.3 : frame.value;
        parent.proseValue +=
            weight < 0 && frame.proseValue > 0 ? frame.proseValue * 0.3 : frame.proseValue;
        parent.linkLines += frame.linkLines;
      }
      if (content == null) {
        Stats s = stats.get(element);
        if (s != null || weight != 0 || frame.value > 0 || frame.linkLines > 0) {
          if (s == null) {
            s = new Stats();
            stats.put(element, s);
          }
          s.chars = frame.chars;
          s.linkChars = frame.linkChars;
          s.value = frame.value * (weight < 0 ? 0.3 : weight > 0 ? 1.1 : 1);
          s.proseValue = frame.proseValue * (weight < 0 ? 0.3 : weight > 0 ? 1.1 : 1);
          s.underFurniture = namedFurnitureDepth > 0;
          s.linkLines = frame.linkLines;
        }
      }
    }

    /**
     * A teaser of another page: a small block that opens with a headline (one link of 20+
     * characters making up the line; a kicker or a date may come first) and goes on with a summary.
     */
    private boolean teaser(Frame frame) {
      if (frame.chars >= CARD_CHARS) {
        return false;
      }
      int first = frame.firstLine;
      return (first < headline.size() && headline.get(first))
          || (first + 1 < headline.size() && headline.get(first + 1));
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
      if (tag.equals("figcaption")) {
        return "image caption";
      }
      if (insideContent && c.prose() && !c.inclusive() && names.caption(element)) {
        // In an article, a block named as a caption or a credit describes a picture, not the story.
        return "image caption";
      }
      if (FURNITURE_TAGS.contains(tag)) {
        return "in <" + tag + ">";
      }
      if (tag.equals("header") && (!insideContent || c.inclusive()) && sectioningDepth == 0) {
        return "in <header>";
      }
      String role = Text.lower(element.attr("role"));
      if (FURNITURE_ROLES.contains(role)) {
        return "role=" + role;
      }
      if (insideContent) {
        Stats card = stats.get(element);
        // A teaser inside the content: a headline link and a summary ("related stories").
        // Only in prose content: on a listing, the cards are the content.
        if (card != null
            && c.prose()
            && card.linkLines > 0
            && card.chars < c.topChars() * 0.3
            && card.linkChars > card.chars * 0.3
            && BLOCKS.contains(tag)) {
          return "teaser (a link with its summary)";
        }
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

    /** Whether an og:type meta element was seen that declares an article. */
    boolean articleMeta;

    void flush() {
      String text = current.toString().strip();
      int links = Math.min(currentLinkChars, text.length());
      int anchors = currentLinks;
      current.setLength(0);
      currentLinkChars = 0;
      currentLinks = 0;
      if (text.isEmpty()) {
        return;
      }
      double linkDensity = (double) links / text.length();
      String tag = owner == null ? "body" : owner.normalName();
      if (content == null) {
        Frame top = stack.peek();
        headline.add(linkDensity > 0.7 && text.length() >= 20 && anchors == 1);
        if (top != null) {
          top.value += lineValue(text, linkDensity);
          top.proseValue += lineValue(text, linkDensity);
          if (linkDensity > 0.7 && text.length() >= 20) {
            top.linkLines++;
          }
        }
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
      lines.add(
          new Line(
              text,
              new BlockClassifier.Unit(
                  text, hint, linkDensity, reason, contentDepth > 0 && content.prose())));
    }

    /**
     * What a line adds to the elements around it when the content is chosen as the subtree of
     * most value: long prose adds its length, links and short fragments take away.
     */
    private static double lineValue(String text, double linkDensity) {
      int length = text.length();
      if (linkDensity > 0.5) {
        return -length;
      }
      if (length >= PROSE_CHARS) {
        return length * (1 - 2 * linkDensity);
      }
      return length >= 40 ? length * 0.3 * (1 - 2 * linkDensity) : -0.2 * length;
    }

    /** Without a content element (an empty or link-only page) every line is judged by its text. */
    List<Line> result() {
      return lines;
    }
  }
}
