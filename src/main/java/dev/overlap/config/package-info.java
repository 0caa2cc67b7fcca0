/** Config: every threshold of the pipeline in one record, with validated defaults. */
@NullMarked
package dev.overlap.config;

import org.jspecify.annotations.NullMarked;
