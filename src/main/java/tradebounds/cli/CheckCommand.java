package tradebounds.cli;

import java.io.PrintStream;

final class CheckCommand implements Main.Command {
    @Override
    public String summary() {
        return "TODO";
    }

    @Override
    public String help() {
        return "TODO\n";
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        return Main.FAILURE;
    }
}
