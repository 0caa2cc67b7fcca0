package dev.overlap.clean;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Site templates: blocks repeated across many pages of one site ("Order now", the footer, the
 * disclaimer). Each block gets a hash of its normalized text (lower case, letters and digits only,
 * every digit as 0 so that "© 2023" and "© 2024" agree); the index counts documents per site and
 * hash, and blocks whose hash it knows as a template become {@link BlockKind#TEMPLATE}.
 */
public final class TemplateBlocks {
  /** Which (site, block hash) pairs are templates. */
  @FunctionalInterface
  public interface TemplateSet {
    TemplateSet NONE = (site, hash) -> false;

    boolean isTemplate(String site, long hash);
  }

  private TemplateBlocks() {}

  /** Hash of a block's normalized text; 0 for a block without letters or digits. */
  public static long hash(String blockText) {
    StringBuilder normalized = new StringBuilder(blockText.length());
    boolean space = false;
    for (int i = 0; i < blockText.length(); ) {
      int c = blockText.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (space && !normalized.isEmpty()) {
          normalized.append(' ');
        }
        space = false;
        normalized.appendCodePoint(Character.isDigit(c) ? '0' : c);
      } else {
        space = true;
      }
    }
    if (normalized.isEmpty()) {
      return 0;
    }
    byte[] bytes = normalized.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    long h = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }

  /** Distinct hashes of every block of a cleaned document, for the index to count. */
  public static long[] hashes(CleanedText cleaned) {
    return cleaned.blocks().stream()
        .mapToLong(b -> hash(cleaned.text().substring(b.start(), b.end())))
        .filter(h -> h != 0)
        .distinct()
        .toArray();
  }

  /** The document with every kept block that is a template of {@code site} marked TEMPLATE. */
  public static CleanedText mark(CleanedText cleaned, String site, TemplateSet templates) {
    if (templates == TemplateSet.NONE) {
      return cleaned;
    }
    List<Block> blocks = new ArrayList<>(cleaned.blocks().size());
    boolean changed = false;
    for (Block block : cleaned.blocks()) {
      long hash = hash(cleaned.text().substring(block.start(), block.end()));
      if (block.kind().kept() && hash != 0 && templates.isTemplate(site, hash)) {
        blocks.add(
            new Block(block.start(), block.end(), BlockKind.TEMPLATE, "repeated on many pages of the site"));
        changed = true;
      } else {
        blocks.add(block);
      }
    }
    return changed ? new CleanedText(cleaned.text(), blocks) : cleaned;
  }
}
