/**
 * Measures detection quality on real corpora: PAN's character-level measures, rank measures for
 * document-level scores, and the runners behind {@code overlap eval} (Clough &amp; Stevenson, PAN
 * text alignment, planted reuse). Only the façade {@link dev.overlap.Overlap} is used, as a user
 * would.
 */
@NullMarked
package dev.overlap.eval;

import org.jspecify.annotations.NullMarked;
