/**
 * Report: the records a check produces (offsets in Unicode code points of the original text) and
 * their text, JSON and HTML forms. The JSON is a contract: {@link
 * dev.overlap.report.CheckReport#SCHEMA_VERSION}. The HTML page shows each source beside the
 * essay, so it needs their texts too ({@link dev.overlap.report.CheckedEssay}).
 */
@NullMarked
package dev.overlap.report;

import org.jspecify.annotations.NullMarked;
