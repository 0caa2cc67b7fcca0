/**
 * CLI: the picocli shell over {@link dev.overlap.Overlap}. Parses options, calls the façade, prints
 * reports, and maps every failure to one line and an {@link dev.overlap.cli.ExitCode}. Only
 * {@link dev.overlap.cli.Main#main} calls {@code System.exit}.
 */
@NullMarked
package dev.overlap.cli;

import org.jspecify.annotations.NullMarked;
