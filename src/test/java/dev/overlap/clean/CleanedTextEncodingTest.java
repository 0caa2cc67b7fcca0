package dev.overlap.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanedTextEncodingTest {
  @Test
  void blocksSurviveTheRoundTripThroughTheIndexWithoutReasons() {
    String text = "Title\nOrder now!\nBody text here.\nSmith (2001).";
    CleanedText cleaned =
        new CleanedText(
            text,
            List.of(
                new Block(0, 5, BlockKind.TITLE, "first line"),
                new Block(6, 16, BlockKind.BOILERPLATE, "call to action"),
                new Block(17, 32, BlockKind.ESSAY, "prose"),
                new Block(33, 46, BlockKind.REFERENCES, "citation")));

    String encoded = cleaned.encodeBlocks();
    CleanedText decoded = CleanedText.decode(text, encoded);

    assertThat(encoded).isEqualTo("0,5,0;6,16,4;17,32,1;33,46,2;");
    assertThat(decoded.blocks())
        .extracting(Block::start, Block::end, Block::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 5, BlockKind.TITLE),
            org.assertj.core.groups.Tuple.tuple(6, 16, BlockKind.BOILERPLATE),
            org.assertj.core.groups.Tuple.tuple(17, 32, BlockKind.ESSAY),
            org.assertj.core.groups.Tuple.tuple(33, 46, BlockKind.REFERENCES));
    assertThat(decoded.keptText()).isEqualTo(cleaned.keptText());
    assertThat(CleanedText.decode(text, "").blocks()).isEmpty();
  }
}
