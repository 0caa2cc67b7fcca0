package dev.overlap.index;

import java.util.List;

/**
 * Groups of near-duplicate essays in an index: documents joined, directly or through each other,
 * by pairs whose containment is at least {@code minContainment}.
 *
 * @param groups largest first (ties by the first member's path)
 * @param documents live essays in the index
 * @param maxDocFrequency fingerprints in more documents than this were skipped as templates or
 *     stock phrases (and not counted in any document's fingerprints)
 * @param minContainment least containment of a pair that joins two documents
 * @param pairsCompared document pairs that share at least one fingerprint (each scored once)
 * @param commonFingerprints distinct fingerprints skipped for their document frequency
 * @param timeMs wall-clock time of the search, in milliseconds
 */
public record DuplicateGroups(
    List<Group> groups,
    int documents,
    int maxDocFrequency,
    double minContainment,
    long pairsCompared,
    long commonFingerprints,
    long timeMs) {

  public DuplicateGroups {
    groups = List.copyOf(groups);
  }

  /** Essays that are in some group. */
  public int duplicatedDocuments() {
    return groups.stream().mapToInt(Group::size).sum();
  }

  /**
   * One group.
   *
   * @param size number of members
   * @param members the longest member first (most words; ties by path), then by containment in
   *     it, highest first
   */
  public record Group(int size, List<Member> members) {
    public Group {
      members = List.copyOf(members);
      if (size != members.size() || size < 2) {
        throw new IllegalArgumentException(
            "a group has its members' count (at least 2) as size, got " + size + " for " + members.size());
      }
    }
  }

  /**
   * A member of a group.
   *
   * @param id identity in the index (real path)
   * @param path path as indexed
   * @param words words of the essay's kept text
   * @param fingerprints distinct fingerprints of the essay, common ones left out
   * @param sharedFingerprints fingerprints shared with the group's first member (its own for that
   *     member)
   * @param containment {@code sharedFingerprints / min(fingerprints, first member's fingerprints)}:
   *     1 for the first member; may fall under the threshold for a member joined through another
   */
  public record Member(
      String id,
      String path,
      int words,
      int fingerprints,
      int sharedFingerprints,
      double containment) {}
}
