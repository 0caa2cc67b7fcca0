package dev.overlap;

/** Receives progress of long runs; the CLI prints it on stderr. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (done, total, current) -> {};

  /**
   * @param done files handled so far
   * @param total files in the run
   * @param current the file being handled
   */
  void update(int done, int total, String current);
}
