package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.overlap.index.DuplicateGroups;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The output of {@code overlap dedup}: near-duplicate groups as text, JSON (a documented,
 * versioned layout) or CSV (one row per member).
 *
 * @param schemaVersion version of this JSON layout
 * @param documents essays in the index
 * @param minContainment least containment of a pair that joins two essays
 * @param maxDocFrequency fingerprints in more essays than this were left out
 * @param pairsCompared essay pairs sharing at least one fingerprint
 * @param timeMs time of the search in milliseconds
 * @param groups largest first
 */
@JsonPropertyOrder({
  "schemaVersion", "documents", "minContainment", "maxDocFrequency", "pairsCompared", "timeMs",
  "groups"
})
public record DuplicatesReport(
    int schemaVersion,
    int documents,
    double minContainment,
    int maxDocFrequency,
    long pairsCompared,
    long timeMs,
    List<Group> groups) {

  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public DuplicatesReport {
    groups = List.copyOf(groups);
  }

  /** One group: its size and members, the longest first. */
  @JsonPropertyOrder({"size", "members"})
  public record Group(int size, List<Member> members) {
    public Group {
      members = List.copyOf(members);
    }
  }

  /**
   * A member; {@code containment} is in the group's first member, rounded to 4 decimals.
   *
   * @param sharedFingerprints fingerprints shared with the first member
   */
  @JsonPropertyOrder({"id", "path", "words", "fingerprints", "sharedFingerprints", "containment"})
  public record Member(
      String id,
      String path,
      int words,
      int fingerprints,
      int sharedFingerprints,
      double containment) {}

  public static DuplicatesReport of(DuplicateGroups found) {
    List<Group> groups = new ArrayList<>();
    for (DuplicateGroups.Group group : found.groups()) {
      List<Member> members = new ArrayList<>();
      for (DuplicateGroups.Member m : group.members()) {
        members.add(
            new Member(
                m.id(),
                m.path(),
                m.words(),
                m.fingerprints(),
                m.sharedFingerprints(),
                Math.round(m.containment() * 10_000) / 10_000.0));
      }
      groups.add(new Group(group.size(), members));
    }
    return new DuplicatesReport(
        SCHEMA_VERSION,
        found.documents(),
        found.minContainment(),
        found.maxDocFrequency(),
        found.pairsCompared(),
        found.timeMs(),
        groups);
  }

  public String json() {
    try {
      return JSON.writeValueAsString(this) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report records always serialize", e);
    }
  }

  /** Header {@code group,size,id,path,words,containment}, then one row per member. */
  public String csv() {
    StringBuilder out = new StringBuilder("group,size,id,path,words,containment\n");
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      for (Member m : group.members()) {
        out.append(g + 1)
            .append(',')
            .append(group.size())
            .append(',')
            .append(csvField(m.id()))
            .append(',')
            .append(csvField(m.path()))
            .append(',')
            .append(m.words())
            .append(',')
            .append(String.format(Locale.ROOT, "%.4f", m.containment()))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** For a terminal: a summary line, then each group with its members' containment. */
  public void text(PrintWriter out) {
    int inGroups = groups.stream().mapToInt(Group::size).sum();
    String settings =
        String.format(
            Locale.ROOT,
            "containment >= %.2f; %d essay pairs sharing fingerprints compared in %d ms",
            minContainment,
            pairsCompared,
            timeMs);
    if (groups.isEmpty()) {
      out.printf(Locale.ROOT, "no near-duplicates among %d essays (%s)%n", documents, settings);
    } else {
      out.printf(
          Locale.ROOT,
          "%d group%s of near-duplicates, %d of %d essays (%s)%n",
          groups.size(),
          groups.size() == 1 ? "" : "s",
          inGroups,
          documents,
          settings);
    }
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      out.printf(Locale.ROOT, "%ngroup %d: %d essays%n", g + 1, group.size());
      for (int i = 0; i < group.members().size(); i++) {
        Member m = group.members().get(i);
        out.printf(
            Locale.ROOT,
            "  %s  %s  (%d words)%n",
            i == 0 ? "  first" : String.format(Locale.ROOT, "%6.1f%%", m.containment() * 100),
            m.path(),
            m.words());
      }
    }
    out.flush();
  }

  /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
  static String csvField(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
