/**
 * The SolrCloud implementation of {@link dev.overlap.index.FingerprintIndex}: essays live in a
 * collection built with the configset shipped in this module ({@code configset/}), fingerprints
 * are opaque terms of a multi-valued string field, and a candidate's score is the number of probe
 * fingerprints it holds, so that results merge exactly across shards.
 */
package dev.overlap.solr;
