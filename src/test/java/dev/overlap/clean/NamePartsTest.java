package dev.overlap.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Class and id names read as words: the hand-written splitter and its regex definition agree. */
class NamePartsTest {
  @Test
  void splitsCamelCaseDashesUnderscoresAndDigits() {
    assertThat(HtmlPage.nameParts("footerLinks site-footer sidebar_2 MoreStories"))
        .containsExactly("footer", "links", "site", "footer", "sidebar", "more", "stories");
    assertThat(HtmlPage.nameParts(" -1 ")).isEmpty();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("nav", "Bar", "a", "B", "x9", "-", "_", " ", "\t", "2", "ÉTÉ", "é", "İ", "ß", "ǅ", "ª")
        .list()
        .ofMaxSize(10)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 2000)
  void agreesWithTheRegularExpressions(@ForAll("names") String value) {
    String[] split =
        value.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2").toLowerCase(Locale.ROOT).split("[\\s_\\-0-9]+");
    assertThat(HtmlPage.nameParts(value))
        .containsExactlyElementsOf(Arrays.stream(split).filter(s -> !s.isEmpty()).toList());
  }
}
