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

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /**
   * Hash of a block's normalized text; 0 for a block without letters or digits. Hashed as it is
   * read, char by char; the few blocks with characters that a string lower-cases otherwise than
   * one by one (İ, Σ, characters beyond one char) through {@link #normalizedHash}, which defines it.
   */
  public static long hash(String blockText) {
    return hash(blockText, 0, blockText.length());
  }

  /** {@link #hash(String)} of {@code text[start, end)}, without copying it out. */
  static long hash(String text, int start, int end) {
    long h = FNV_OFFSET;
    boolean space = false;
    boolean any = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean digit;
      boolean letter;
      if (c < 128) {
        digit = c >= '0' && c <= '9';
        letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      } else {
        if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3') {
          // code points beyond one char; İ and Σ, which lower-case differently in a string
          return normalizedHash(text.substring(start, end));
        }
        digit = Character.isDigit(c);
        letter = !digit && Character.isLetterOrDigit(c);
      }
      if (digit || letter) {
        if (space && any) {
          h = (h ^ ' ') * FNV_PRIME;
        }
        space = false;
        any = true;
        char normalized =
            digit ? '0' : c < 128 ? (char) (c <= 'Z' ? c | 0x20 : c) : Character.toLowerCase(c);
        if (normalized < 0x80) {
          h = (h ^ normalized) * FNV_PRIME;
        } else if (normalized < 0x800) { // its UTF-8 bytes
          h = (h ^ (0xC0 | (normalized >> 6))) * FNV_PRIME;
          h = (h ^ (0x80 | (normalized & 0x3F))) * FNV_PRIME;
        } else {
          h = (h ^ (0xE0 | (normalized >> 12))) * FNV_PRIME;
          h = (h ^ (0x80 | ((normalized >> 6) & 0x3F))) * FNV_PRIME;
          h = (h ^ (0x80 | (normalized & 0x3F))) * FNV_PRIME;
        }
      } else {
        space = true;
      }
    }
    if (!any) {
      return 0;
    }
    return h == 0 ? 1 : h;
  }

  /**
   * The definition: letters and digits kept (every digit as 0), each run of anything else one
   * space between them, lower-cased, FNV-1a over the UTF-8 bytes.
   */
  static long normalizedHash(String blockText) {
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
    long h = FNV_OFFSET;
    for (byte b : bytes) {
      h ^= b & 0xFF;
      h *= FNV_PRIME;
    }
    return h == 0 ? 1 : h;
  }

  /** Distinct hashes of every block of a cleaned document, for the index to count. */
  public static long[] hashes(CleanedText cleaned) {
    long[] hashes = new long[cleaned.blocks().size()];
    int n = 0;
    for (Block b : cleaned.blocks()) {
      long h = hash(cleaned.text(), b.start(), b.end());
      if (h != 0) {
        hashes[n++] = h;
      }
    }
    // Distinct, first occurrence kept, in order: a look back for the few blocks of most texts.
    java.util.Set<Long> seen = n > 32 ? new java.util.HashSet<>() : null;
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (seen != null ? seen.add(hashes[i]) : indexOf(hashes, distinct, hashes[i]) < 0) {
        hashes[distinct++] = hashes[i];
      }
    }
    return distinct == hashes.length ? hashes : java.util.Arrays.copyOf(hashes, distinct);
  }

  private static int indexOf(long[] values, int length, long value) {
    for (int i = 0; i < length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /** The document with every kept block that is a template of {@code site} marked TEMPLATE. */
  public static CleanedText mark(CleanedText cleaned, String site, TemplateSet templates) {
    if (templates == TemplateSet.NONE) {
      return cleaned;
    }
    List<Block> blocks = new ArrayList<>(cleaned.blocks().size());
    boolean changed = false;
    for (Block block : cleaned.blocks()) {
      long hash = hash(cleaned.text(), block.start(), block.end());
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
