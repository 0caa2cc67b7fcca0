/**
 * Report: the records a check produces (offsets in Unicode code points of the original text) and
 * their text and JSON forms. The JSON is a contract: {@link dev.overlap.report.CheckReport#SCHEMA_VERSION}.
 */
@NullMarked
package dev.overlap.report;

import org.jspecify.annotations.NullMarked;
