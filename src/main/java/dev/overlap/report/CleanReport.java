package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.overlap.clean.Block;
import dev.overlap.clean.CleanedText;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code overlap clean --format json}: every block of each page with its kind, the reason it got
 * it, and its span in code points of the page's text.
 */
@JsonPropertyOrder({"schema", "pages"})
public record CleanReport(String schema, List<Page> pages) {
  public static final String SCHEMA = "overlap.clean/1";

  public CleanReport {
    pages = List.copyOf(pages);
  }

  /** One cleaned page. */
  @JsonPropertyOrder({"path", "offsets", "text", "blocks"})
  public record Page(String path, String offsets, String text, List<BlockView> blocks) {
    public static Page of(String path, CleanedText cleaned) {
      List<BlockView> blocks = new ArrayList<>();
      String text = cleaned.text();
      int codePoints = 0;
      int chars = 0;
      for (Block block : cleaned.blocks()) {
        codePoints += text.codePointCount(chars, block.start());
        int start = codePoints;
        int end = start + text.codePointCount(block.start(), block.end());
        codePoints = end;
        chars = block.end();
        blocks.add(
            new BlockView(block.kind().name(), block.kind().kept(), start, end, block.reason()));
      }
      return new Page(path, "code points into text", text, blocks);
    }
  }

  /** A block: kind, whether it is kept, span in code points, reason. */
  @JsonPropertyOrder({"kind", "kept", "start", "end", "reason"})
  public record BlockView(String kind, boolean kept, int start, int end, String reason) {}
}
