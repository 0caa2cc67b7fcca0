/**
 * Analysis: the Lucene analysis chain (UAX#29 words, lower case, Unicode folding) that turns a
 * cleaned text into words with their offsets, plus each word's stem for the paraphrase path.
 * What the later stages hash (a word's {@link dev.overlap.analysis.TermHash} for fingerprints, a
 * stem's {@link dev.overlap.analysis.StemHash} for the index's stems field) is worked out once per
 * distinct token and carried with each word, so that no later stage reads the words' strings.
 */
@NullMarked
package dev.overlap.analysis;

import org.jspecify.annotations.NullMarked;
