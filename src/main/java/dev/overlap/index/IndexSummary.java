package dev.overlap.index;

import dev.overlap.ingest.RefusedInputException;
import java.util.List;

/**
 * What one {@code index} run did.
 *
 * @param added essays new to the index
 * @param updated essays whose file changed since it was indexed
 * @param unchanged essays skipped because their content hash is the same
 * @param removed essays removed because their file vanished ({@code --prune})
 * @param refused files that could not be indexed, each with its reason
 * @param documents essays in the index after the run
 * @param seconds wall time of the run
 */
public record IndexSummary(
    int added,
    int updated,
    int unchanged,
    int removed,
    List<RefusedInputException> refused,
    int documents,
    double seconds) {

  public IndexSummary {
    refused = List.copyOf(refused);
  }
}
