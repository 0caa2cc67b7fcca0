package dev.overlap.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Writes check reports as JSON (the documented contract) or as text for a terminal. */
public final class ReportWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportWriter() {}

  /** One essay: one object; several: an array in input order. */
  public static String json(List<CheckReport> reports) {
    try {
      Object value = reports.size() == 1 ? reports.get(0) : reports;
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report records always serialize", e);
    }
  }

  /** Any report record as indented JSON. */
  public static String json(Object report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report records always serialize", e);
    }
  }

  public static void text(List<CheckReport> reports, PrintWriter out) {
    for (CheckReport report : reports) {
      if (report.error() != null) {
        out.printf(Locale.ROOT, "%s: not checked: %s%n", report.essay().path(), report.error());
        continue;
      }
      int passages = 0;
      for (CheckReport.SourceReport source : report.sources()) {
        passages += source.passages().size();
      }
      out.printf(
          Locale.ROOT,
          "%s: %s similar (%d words; %d passage%s from %d source%s)%n",
          report.essay().path(),
          percent(report.similarity() == null ? 0 : report.similarity()),
          report.essay().scoredWords(),
          passages,
          passages == 1 ? "" : "s",
          report.sources().size(),
          report.sources().size() == 1 ? "" : "s");
      for (String warning : report.warnings()) {
        out.printf(Locale.ROOT, "  warning: %s%n", warning);
      }
      for (CheckReport.SourceReport source : report.sources()) {
        out.printf(
            Locale.ROOT,
            "  %6s  %s  (%d passage%s, longest %d words)%n",
            percent(source.similarity()),
            source.path(),
            source.passages().size(),
            source.passages().size() == 1 ? "" : "s",
            source.longestPassageWords());
        for (CheckReport.Passage passage : source.passages()) {
          out.printf(
              Locale.ROOT,
              "          %-10s %4d words  essay %d-%d  source %d-%d  score %.2f%n",
              passage.kind(),
              passage.words(),
              passage.essay().start(),
              passage.essay().end(),
              passage.source().start(),
              passage.source().end(),
              passage.score());
          out.printf(Locale.ROOT, "          \"%s\"%n", passage.preview());
        }
      }
    }
    out.flush();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
