package tradebounds.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed options of one subcommand: {@code --flag}, {@code --key value} or {@code --key=value}, and positionals.
 * Unknown options are usage errors, so a typo never silently falls back to a default.
 */
final class Args {
    private final String command;
    private final Map<String, String> values = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();

    Args(String command, String[] argv, int from, Set<String> flags, Set<String> keys) {
        this.command = command;
        for (int i = from; i < argv.length; i++) {
            String a = argv[i];
            if (a.startsWith("--")) {
                String key = a.substring(2);
                String value = null;
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                }
                if (flags.contains(key) && value == null) {
                    values.put(key, "true");
                } else if (keys.contains(key)) {
                    if (value == null) {
                        if (i + 1 >= argv.length) {
                            throw new UsageException(command + ": option --" + key + " needs a value");
                        }
                        value = argv[++i];
                    }
                    values.put(key, value);
                } else {
                    throw new UsageException(command + ": unknown option --" + key + " (see '" + command + " --help')");
                }
            } else {
                positionals.add(a);
            }
        }
    }

    boolean flag(String key) {
        return values.containsKey(key);
    }

    String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    String require(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new UsageException(command + ": missing --" + key);
        }
        return v;
    }

    double seconds(String key, double fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + key + " must be a positive number of seconds, got \"" + v + "\"");
        }
    }

    long integer(String key, long fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + key + " must be an integer, got \"" + v + "\"");
        }
    }

    List<String> positionals() {
        return positionals;
    }
}
