/**
 * overlap: finds passages of an essay reused from a corpus, and strips essay-site boilerplate.
 *
 * <p>One essay goes through these stages, one package each, exchanging records:
 *
 * <pre>
 * ingest → clean → analysis → fingerprint → index                      (overlap index)
 * ingest → clean → analysis → fingerprint → index (retrieve) → align → report   (overlap check)
 * </pre>
 *
 * {@link dev.overlap.Overlap} is the façade that runs them; {@code cli} is a thin shell over it.
 */
@NullMarked
package dev.overlap;

import org.jspecify.annotations.NullMarked;
