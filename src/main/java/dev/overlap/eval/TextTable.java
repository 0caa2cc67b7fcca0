package dev.overlap.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table: a header row, then rows; the first column left-aligned, others right. */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  public TextTable(String... header) {
    rows.add(header);
  }

  public TextTable row(Object... cells) {
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      row[i] = format(cells[i]);
    }
    rows.add(row);
    return this;
  }

  /** Numbers with 3 decimals ({@link Locale#ROOT}), NaN as "-", everything else as is. */
  public static String format(Object cell) {
    if (cell instanceof Double d) {
      return d.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
    return String.valueOf(cell);
  }

  @Override
  public String toString() {
    int columns = 0;
    for (String[] row : rows) {
      columns = Math.max(columns, row.length);
    }
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(width[c] - row[c].length());
        line.append(c == 0 ? row[c] + pad : pad + row[c]);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
