package dev.overlap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "pan", mixinStandardHelpOptions = true, description = "PAN text alignment.")
final class EvalPanCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCode.OK.code();
  }
}
