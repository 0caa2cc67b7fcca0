/**
 * Fingerprint: hashed word k-shingles, winnowed (Schleimer, Wilkerson and Aiken 2003) so that any
 * run of at least k+w−1 shared words shares at least one fingerprint.
 */
@NullMarked
package dev.overlap.fingerprint;

import org.jspecify.annotations.NullMarked;
