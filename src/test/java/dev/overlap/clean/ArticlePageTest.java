package dev.overlap.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.ingest.Essay;
import dev.overlap.ingest.Hashes;
import dev.overlap.ingest.MediaType;
import org.junit.jupiter.api.Test;

/**
 * News and blog pages: an article inside a page of other things (headline lists, captions,
 * bylines, teasers). Every page here is a fragment written for the test.
 */
class ArticlePageTest {
  private static final String[] PARAGRAPHS = {
    "The council voted on Tuesday to keep the old library open for another year, after residents"
        + " filled the hall and spoke for three hours about what the building means to them.",
    "Several speakers said that the reading room was the only quiet place in the district where"
        + " students could work in the evening, and that closing it would hurt those with the least.",
    "The mayor said that the decision was not final and that the budget would be looked at again"
        + " in the spring, when the figures for the new school would also be known to the council."
  };

  private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

  private static Essay html(String html) {
    return new Essay("a.html", "a.html", MediaType.HTML, html, "UTF-8", Hashes.sha256(html));
  }

  private static String paragraphs() {
    StringBuilder out = new StringBuilder();
    for (String p : PARAGRAPHS) {
      out.append("<p>").append(p).append("</p>");
    }
    return out.toString();
  }

  private static String headlines(String section, int n) {
    StringBuilder out = new StringBuilder("<div class='recirculation'><h4>More in " + section + "</h4><ul>");
    for (int i = 0; i < n; i++) {
      out.append("<li><a href='/story/").append(section).append(i).append("'>")
          .append(section).append(" story number ").append(i).append(" makes the headlines today</a>")
          .append("<span>").append(i + 1).append("H ago</span></li>");
    }
    return out.append("</ul></div>").toString();
  }

  @Test
  void shortLinksInAnArticleAreKeptOnlyBetweenParagraphs() {
    String page =
        "<html><body><article><h1>Library stays open</h1><p>" + PARAGRAPHS[0] + "</p>"
            + "<p><a href='/budget'>Read the budget</a></p><p>" + PARAGRAPHS[1] + "</p><p>"
            + PARAGRAPHS[2] + "</p><p><a href='/local'>More local news</a></p>"
            + "<p><a href='/weather'>Weather for the week</a></p></article></body></html>";
    CleanedText cleaned = cleaner.clean(html(page));
    assertThat(cleaned.keptText())
        .contains("Read the budget", PARAGRAPHS[2])
        .doesNotContain("More local news", "Weather for the week");
  }

  @Test
  void aDeclaredArticleIsNotReadAsAListingWhenHeadlinesOutweighIt() {
    String lists = headlines("World", 20) + headlines("Science", 20) + headlines("Sport", 20);
    String body =
        "<body><div class='page'><article>" + paragraphs() + "</article>" + lists + "</div></body>";
    String article =
        "<html><head><meta property='og:type' content='article'></head>" + body + "</html>";
    CleanedText cleaned = cleaner.clean(html(article));
    assertThat(cleaned.keptText()).contains(PARAGRAPHS).doesNotContain("story number", "H ago");

    // The same page without the declaration may be a listing: the lists are read again as content.
    CleanedText undeclared = cleaner.clean(html("<html><head></head>" + body + "</html>"));
    assertThat(undeclared.keptText()).contains(PARAGRAPHS).contains("H ago");
  }

  private static String teasers(int n) {
    StringBuilder out = new StringBuilder("<div class='stream'>");
    for (int i = 0; i < n; i++) {
      out.append("<div class='card'><h3><a href='/story/").append(i).append("'>Another story from the")
          .append(" town hall, number ").append(i).append("</a></h3><p>The committee met again this")
          .append(" week to discuss the plans for the new bridge, and residents who came to the")
          .append(" meeting said that they were worried about the traffic that it would bring.</p>")
          .append("</div>");
    }
    return out.append("</div>").toString();
  }

  @Test
  void teasersBesideAnArticleAreNotItsContent() {
    String page =
        "<html><body><div class='layout'><div class='story'><h1>Library stays open</h1>"
            + paragraphs() + "<p>" + PARAGRAPHS[0].replace("Tuesday", "Monday") + "</p></div>"
            + teasers(4) + "</div></body></html>";
    CleanedText cleaned = cleaner.clean(html(page));
    assertThat(cleaned.keptText()).contains(PARAGRAPHS).doesNotContain("bridge", "Another story");
  }

  @Test
  void aListingOfTeasersKeepsThem() {
    String page = "<html><body><h1>Town hall news</h1>" + teasers(8) + "</body></html>";
    CleanedText cleaned = cleaner.clean(html(page));
    assertThat(cleaned.keptText()).contains("the new bridge");
  }

  @Test
  void aClassNameOfSeveralWordsMatchesConsecutiveParts() {
    String bio =
        "Jane Doe has covered the council for the paper since the year it moved to the old mill,"
            + " and she writes about schools, roads and the budget every week of the year.";
    String page =
        "<html><body><article><h1>Library stays open</h1>" + paragraphs()
            + "<div class='author-bio'><p>" + bio + "</p></div></article></body></html>";
    assertThat(cleaner.clean(html(page)).keptText()).contains(PARAGRAPHS).doesNotContain("Jane Doe");
    // "author" alone is no furniture word: a block named so stays.
    String kept = page.replace("author-bio", "author");
    assertThat(cleaner.clean(html(kept)).keptText()).contains("Jane Doe");
  }

  @Test
  void aCaptionInsideAnArticleIsRemovedWhereverItsClassSaysSo() {
    String caption =
        "Residents queue outside the old library on Tuesday evening before the council meeting,"
            + " in a photograph taken from the steps of the town hall across the square.";
    String page =
        "<html><body><article><h1>Library stays open</h1><p>" + PARAGRAPHS[0] + "</p>"
            + "<div class='media'><img src='q.jpg'><div class='media-caption'><p>" + caption
            + "</p></div></div><p>" + PARAGRAPHS[1] + "</p><p>" + PARAGRAPHS[2]
            + "</p></article></body></html>";
    assertThat(cleaner.clean(html(page)).keptText()).contains(PARAGRAPHS).doesNotContain("queue");
    // Named otherwise, the same block is read as a paragraph of the article.
    String plain = page.replace("media-caption", "media-text");
    assertThat(cleaner.clean(html(plain)).keptText()).contains("queue");
  }

  @Test
  void timestampsAndRailsAreFurniture() {
    String page =
        "<html><body><article><h1>Library stays open</h1>"
            + "<p class='timestamp'>Updated 9:41 am, Wednesday, March 4, 2020</p>"
            + paragraphs() + "<div class='right-rail'><p>" + PARAGRAPHS[0].replace("library", "pool")
            + "</p></div></article></body></html>";
    assertThat(cleaner.clean(html(page)).keptText())
        .contains(PARAGRAPHS)
        .doesNotContain("Updated 9:41", "old pool");
  }
}
