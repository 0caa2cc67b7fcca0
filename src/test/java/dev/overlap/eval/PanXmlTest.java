package dev.overlap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanXmlTest {
  @Test
  void readsCasesAsPanWritesThem() throws IOException {
    String xml =
        """
        <document reference="suspicious-document00005.txt">
        <feature name="plagiarism" obfuscation="none" source_length="682" source_offset="1320" \
        source_reference="source-document01090.txt" this_length="684" this_offset="3594" type="artificial" />
        <feature name="about" authors="x"/>
        </document>
        """;
    assertThat(PanXml.parse(xml, "plagiarism", "test"))
        .containsExactly(
            new PanAnnotation(
                "suspicious-document00005.txt", 3594, 684, "source-document01090.txt", 1320, 682));
  }

  @Test
  void writesDetectionsThatReadBack() throws IOException {
    List<PanAnnotation> detections =
        List.of(new PanAnnotation("s&1.txt", 10, 20, "src.txt", 30, 40));
    String xml = PanXml.detections("s&1.txt", detections);
    assertThat(xml)
        .isEqualTo(
            """
            <document reference="s&amp;1.txt">
            <feature name="detected-plagiarism" this_offset="10" this_length="20" \
            source_reference="src.txt" source_offset="30" source_length="40"/>
            </document>
            """);
    assertThat(PanXml.parse(xml, "detected-plagiarism", "test")).isEqualTo(detections);
  }
}
