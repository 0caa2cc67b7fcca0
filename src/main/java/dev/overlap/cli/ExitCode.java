package dev.overlap.cli;

/** Every exit status overlap uses; the README's table is generated from the same list. */
public enum ExitCode {
  OK(0, "success"),
  ABOVE_THRESHOLD(1, "check, compare: an essay's similarity is above --fail-above"),
  USAGE(2, "the command line is wrong (unknown option, missing argument)"),
  INPUT(
      3,
      "an input was refused (missing, empty, binary, too large, no essays found); "
          + "index goes on with the other files and reports them"),
  INDEX(4, "the index is missing, in use by another process, built with other settings, or damaged"),
  SOFTWARE(70, "internal error: a bug in overlap (rerun with --verbose and report it)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
