package dev.overlap.cli;

import dev.overlap.index.IndexException;
import dev.overlap.ingest.RefusedInputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@code java -jar overlap.jar COMMAND ...}. */
public final class Main {
  /**
   * Lucene logs a warning at start-up when the incubating vector module is not enabled; a user
   * cannot act on it, so it is kept off the terminal. Held here so the logger is not collected.
   */
  private static final java.util.logging.Logger LUCENE_VECTORIZATION =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  static {
    LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
  }

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command with the given streams and returns its exit status (tests call this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, java.nio.file.Path.of(""));
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, looking for overlap.json in {@code dir}. */
  static int run(String[] args, PrintWriter out, PrintWriter err, java.nio.file.Path dir) {
    RootCommand root = new RootCommand();
    root.configuration = Configuration.load(args, dir);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setDefaultValueProvider(root.configuration);
    commandLine.setExecutionStrategy(root.configuration::execute);
    ConfigCommand.addSettingOptions(commandLine.getSubcommands().get("config").getCommandSpec());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setUsageHelpAutoWidth(false);
    java.util.Map<String, String> exitCodes = new java.util.LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      exitCodes.put(Integer.toString(code.code()), code.meaning());
    }
    for (CommandLine command : commandLine.getSubcommands().values()) {
      command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
      command.getCommandSpec().usageMessage().exitCodeList(exitCodes);
    }
    commandLine.getCommandSpec().usageMessage().exitCodeList(exitCodes);
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose")
        || java.util.Arrays.asList(args).contains("-v");
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> handle(exception, err, verbose));
    int status;
    try {
      status = commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands only Exceptions thrown by a command to the handler above; an Error (stack
      // overflow, out of memory) would otherwise end the JVM with a stack trace.
      status = handle(e, err, verbose);
    }
    out.flush();
    err.flush();
    return status;
  }

  private static int handle(Throwable exception, PrintWriter err, boolean verbose) {
    ExitCode code;
    String message;
    if (exception instanceof UserException user) {
      code = user.exitCode();
      message = user.getMessage();
    } else if (exception instanceof IndexException index) {
      code = ExitCode.INDEX;
      message = index.getMessage();
    } else if (exception instanceof RefusedInputException refused) {
      code = ExitCode.INPUT;
      message = refused.getMessage();
    } else if (exception instanceof OutOfMemoryError) {
      code = ExitCode.SOFTWARE;
      message =
          "out of memory (give java more heap with -Xmx, or split the largest files)";
    } else {
      code = ExitCode.SOFTWARE;
      message =
          "internal error: "
              + exception
              + (verbose ? "" : " (rerun with --verbose for details, and please report it)");
    }
    // One line, whatever the message holds: scripts read stderr line by line.
    err.println("overlap: " + String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " "));
    if (verbose) {
      exception.printStackTrace(err);
    }
    err.flush();
    return code.code();
  }
}
