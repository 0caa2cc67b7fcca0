package dev.overlap.index;

/** The index cannot be used as asked; the message says why and what to do. */
public final class IndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, for exit codes. */
  public enum Reason {
    MISSING,
    IN_USE,
    INCOMPATIBLE,
    DAMAGED,
    IO
  }

  private final Reason reason;

  public IndexException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public IndexException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
