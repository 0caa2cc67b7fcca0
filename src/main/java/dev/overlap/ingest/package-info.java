/**
 * Ingest: turns paths into decoded {@link dev.overlap.ingest.Essay} records (charset detection,
 * refusal of empty, binary and oversized files, folder walking with {@code .overlapignore}), and
 * documents into their extracted text (Apache Tika, which lives in this package only).
 */
@NullMarked
package dev.overlap.ingest;

import org.jspecify.annotations.NullMarked;
