package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.index.DuplicateGroups;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesReportTest {
  static final DuplicateGroups FOUND =
      new DuplicateGroups(
          List.of(
              new DuplicateGroups.Group(
                  2,
                  List.of(
                      new DuplicateGroups.Member("/a/long.txt", "long.txt", 900, 300, 300, 1.0),
                      new DuplicateGroups.Member(
                          "/a/b, \"c\".txt", "b, \"c\".txt", 800, 250, 170, 170 / 250.0)))),
          12,
          50,
          0.4,
          31,
          2,
          7);

  @Test
  void jsonHasTheDocumentedNamesInOrderAndRoundsContainment() {
    String json = DuplicatesReport.of(FOUND).json();
    assertThat(json)
        .containsSubsequence(
            "\"schemaVersion\" : 1", "\"documents\" : 12", "\"minContainment\" : 0.4",
            "\"maxDocFrequency\" : 50", "\"pairsCompared\" : 31", "\"timeMs\" : 7",
            "\"groups\" : [ {", "\"size\" : 2", "\"members\" : [ {", "\"id\" : \"/a/long.txt\"",
            "\"path\" : \"long.txt\"", "\"words\" : 900", "\"fingerprints\" : 300",
            "\"sharedFingerprints\" : 300", "\"containment\" : 1.0",
            "\"sharedFingerprints\" : 170", "\"containment\" : 0.68");
  }

  @Test
  void csvQuotesFieldsWithCommasAndQuotes() {
    assertThat(DuplicatesReport.of(FOUND).csv())
        .isEqualTo(
            "group,size,id,path,words,containment\n"
                + "1,2,/a/long.txt,long.txt,900,1.0000\n"
                + "1,2,\"/a/b, \"\"c\"\".txt\",\"b, \"\"c\"\".txt\",800,0.6800\n");
  }

  @Test
  void textListsEachGroupOrSaysThereIsNone() {
    StringWriter text = new StringWriter();
    DuplicatesReport.of(FOUND).text(new PrintWriter(text));
    assertThat(text.toString())
        .isEqualTo(
            "1 group of near-duplicates, 2 of 12 essays (containment >= 0.40; 31 essay pairs"
                + " sharing fingerprints compared in 7 ms)\n"
                + "\n"
                + "group 1: 2 essays\n"
                + "    first  long.txt  (900 words)\n"
                + "    68.0%  b, \"c\".txt  (800 words)\n");

    StringWriter none = new StringWriter();
    DuplicatesReport.of(new DuplicateGroups(List.of(), 12, 50, 0.4, 31, 2, 7)).text(new PrintWriter(none));
    assertThat(none.toString()).startsWith("no near-duplicates among 12 essays (containment >= 0.40;");
  }
}
