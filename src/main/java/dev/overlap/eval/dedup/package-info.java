/**
 * Near-duplicate detection measured on a generated corpus: real documents, some republished as
 * exact copies, lightly edited copies or copies behind a new introduction, with the groups known;
 * seeded, so a run is reproducible.
 */
@NullMarked
package dev.overlap.eval.dedup;

import org.jspecify.annotations.NullMarked;
