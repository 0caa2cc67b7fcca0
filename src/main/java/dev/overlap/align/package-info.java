/**
 * Align: finds the passages two texts share. Seeds (runs of identical words; sentence pairs whose
 * stemmed content words agree), extension (seeds close together in both texts become one
 * passage), filtering (short, weak or overlapping passages dropped).
 */
@NullMarked
package dev.overlap.align;

import org.jspecify.annotations.NullMarked;
