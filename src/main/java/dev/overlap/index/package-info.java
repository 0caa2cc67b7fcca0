/**
 * Index: the only place Lucene indexes live. One Lucene document per essay (identity, path, text,
 * content hash, fingerprints as 8-byte terms); settings in the commit user data; candidate
 * retrieval by walking the postings of an essay's fingerprints.
 */
@NullMarked
package dev.overlap.index;

import org.jspecify.annotations.NullMarked;
