/**
 * Artificial plagiarism in the manner of PAN's corpora (Potthast et al. 2010): passages of real
 * source documents inserted, obfuscated or not, into real host documents, with the exact spans
 * recorded; seeded, so a run is reproducible.
 */
@NullMarked
package dev.overlap.eval.planted;

import org.jspecify.annotations.NullMarked;
