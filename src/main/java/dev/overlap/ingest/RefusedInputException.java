package dev.overlap.ingest;

/**
 * An input overlap will not read, with a reason a user can act on. Checked: callers count refusals
 * and go on with the rest of a batch.
 */
public final class RefusedInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String reason;

  public RefusedInputException(String path, String reason) {
    super(path + ": " + reason);
    this.path = path;
    this.reason = reason;
  }

  public String path() {
    return path;
  }

  public String reason() {
    return reason;
  }
}
