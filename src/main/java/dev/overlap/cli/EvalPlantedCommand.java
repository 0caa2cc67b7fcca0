package dev.overlap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "planted", mixinStandardHelpOptions = true, description = "Planted reuse.")
final class EvalPlantedCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCode.OK.code();
  }
}
