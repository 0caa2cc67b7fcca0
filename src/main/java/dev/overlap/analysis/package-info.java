/**
 * Analysis: the Lucene analysis chain (UAX#29 words, lower case, Unicode folding) that turns a
 * cleaned text into words with their offsets, plus each word's stem for the paraphrase path.
 */
@NullMarked
package dev.overlap.analysis;

import org.jspecify.annotations.NullMarked;
