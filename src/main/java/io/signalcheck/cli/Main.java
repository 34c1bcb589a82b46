package io.signalcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code signalcheck.jar}: {@code score}, {@code local}, {@code eval}. Usage errors exit 2. */
@Command(name = "signalcheck", mixinStandardHelpOptions = true, version = "signalcheck 0.1.0",
        description = "Scores news articles for influence-operation signals.",
        subcommands = {ScoreCommand.class, EvalCommand.class, LocalCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> 2);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("signalcheck: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required (score, local, eval)");
    }
}
