package dev.overlap.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a bash completion script (works in zsh too, through bashcompinit) that completes"
          + " overlap's commands and options. It completes a command named overlap, so define"
          + " one first, e.g. alias overlap='java -jar /path/to/overlap.jar'. Then:",
      "",
      "  source <(overlap completion)                          this shell (bash)",
      "  overlap completion > ~/.local/share/bash-completion/completions/overlap   for good",
      "  autoload -U +X bashcompinit && bashcompinit; source <(overlap completion)   zsh",
      ""
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("overlap", spec.root().commandLine());
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
