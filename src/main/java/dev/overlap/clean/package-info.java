/**
 * Clean: turns a decoded file into its canonical text (HTML reduced to text) cut into blocks, each
 * with a {@link dev.overlap.clean.BlockKind kind} and the reason it got it. Offsets of every later
 * stage refer to {@link dev.overlap.clean.CleanedText#text()}, which for text files is the file
 * itself.
 */
@NullMarked
package dev.overlap.clean;

import org.jspecify.annotations.NullMarked;
