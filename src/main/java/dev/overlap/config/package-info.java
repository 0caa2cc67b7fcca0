/**
 * Config: every threshold of the pipeline in one record with validated defaults ({@link
 * dev.overlap.config.OverlapConfig}), the list of user settings ({@link
 * dev.overlap.config.Settings}) read strictly from {@code overlap.json} ({@link
 * dev.overlap.config.EffectiveConfig}), and the loader of boilerplate rules files.
 */
@NullMarked
package dev.overlap.config;

import org.jspecify.annotations.NullMarked;
