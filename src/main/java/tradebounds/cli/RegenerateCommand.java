package tradebounds.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import tradebounds.json.InputException;
import tradebounds.json.JsonCursor;
import tradebounds.json.JsonReader;
import tradebounds.json.JsonValue;
import tradebounds.json.JsonWriter;

/**
 * {@code tradebounds regenerate}: the provenance of every stored certificate, from {@code certificates/MANIFEST.json}
 * (file, sha256, the generator and its arguments, the tool version that wrote it). By default it verifies that
 * every stored certificate is listed and unchanged; with a file name it reruns that file's generator, which is
 * either the audit ({@code audit --only CLAIM --update-certificates}) or a {@code dev} tool, in this process.
 */
final class RegenerateCommand implements Main.Command {
    static final Path MANIFEST = Path.of("certificates", "MANIFEST.json");

    /** One manifest entry; {@code generator} is {@code hand}, {@code audit}, {@code dev} or {@code prove}. */
    record Entry(String file, String sha256, String generator, List<String> args, String tool, String note) {
        String command() {
            return switch (generator) {
                case "hand" -> "(written by hand; see certificates/FORMAT.md)";
                case "audit" -> "tradebounds audit " + String.join(" ", args);
                case "prove" -> "tradebounds prove " + String.join(" ", args);
                default -> "tradebounds dev " + String.join(" ", args);
            };
        }
    }

    @Override
    public String summary() {
        return "verify stored certificates against certificates/MANIFEST.json, or rebuild one from its generator";
    }

    @Override
    public String help() {
        return """
                usage: tradebounds regenerate [--verify]            every stored certificate listed, sha256 unchanged
                       tradebounds regenerate --list              file, generator command, tool version
                       tradebounds regenerate FILE                rerun FILE's generator (audit or dev tool)
                       tradebounds regenerate --update-manifest   record the current sha256 of every listed file

                The manifest (certificates/MANIFEST.json) says how each stored certificate was made. A rerun of a
                budgeted search need not reproduce the same bytes; the audit replaces a stored certificate only by a
                stronger one, and tradebounds check judges whatever is stored.
                Exit code: 0 all listed and unchanged (or the generator ran), 1 a file differs or is unlisted, 2 usage.
                """;
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) {
        Args a = new Args("regenerate", argv, 1, Set.of("verify", "list", "update-manifest"), Set.of());
        List<Entry> entries = read();
        if (a.flag("list")) {
            Table t = new Table("certificate", "generator", "tool");
            entries.forEach(e -> t.add(e.file(), e.command(), e.tool()));
            out.print(t.render());
            return Main.OK;
        }
        if (a.flag("update-manifest")) {
            List<Entry> updated = new ArrayList<>();
            for (Entry e : entries) {
                updated.add(new Entry(e.file(), sha256(Path.of(e.file())), e.generator(), e.args(), e.tool(), e.note()));
            }
            write(updated);
            out.println("regenerate: " + MANIFEST + " updated (" + updated.size() + " files)");
            return Main.OK;
        }
        if (!a.positionals().isEmpty()) {
            return rerun(entries, a.positionals().get(0), out, err);
        }
        return verify(entries, out, err);
    }

    private static int verify(List<Entry> entries, PrintStream out, PrintStream err) {
        int bad = 0;
        Set<String> listed = new TreeSet<>();
        for (Entry e : entries) {
            listed.add(e.file());
            Path p = Path.of(e.file());
            if (!Files.exists(p)) {
                err.println("regenerate: " + e.file() + ": listed but missing");
                bad++;
            } else if (!sha256(p).equals(e.sha256())) {
                err.println("regenerate: " + e.file() + ": sha256 differs from the manifest (regenerate with: "
                        + e.command() + ", then --update-manifest)");
                bad++;
            }
        }
        try (Stream<Path> s = Files.walk(Path.of("certificates"))) {
            for (Path p : s.filter(CheckCommand::isCertificate).sorted().toList()) {
                if (!listed.contains(p.toString())) {
                    err.println("regenerate: " + p + ": stored but not in the manifest");
                    bad++;
                }
            }
        } catch (IOException e) {
            throw new UsageException("regenerate: cannot list certificates/: " + e.getMessage());
        }
        out.println("regenerate: " + entries.size() + " certificates listed, " + bad + " problem(s)");
        return bad == 0 ? Main.OK : Main.REJECTED;
    }

    private static int rerun(List<Entry> entries, String file, PrintStream out, PrintStream err) {
        Entry e = entries.stream().filter(x -> x.file().equals(file)).findFirst()
                .orElseThrow(() -> new UsageException("regenerate: " + file + " is not in " + MANIFEST));
        out.println("regenerate: " + e.file() + " <- " + e.command());
        int code = switch (e.generator()) {
            case "hand" -> throw new UsageException("regenerate: " + file + " is written by hand");
            case "audit" -> new AuditCommand().run(prepend("audit", e.args()), out, err);
            case "prove" -> new ProveCommand().run(prepend("prove", e.args()), out, err);
            default -> new DevCommand().run(prepend("dev", e.args()), out, err);
        };
        if (code != Main.OK) {
            return code;
        }
        String now = Files.exists(Path.of(file)) ? sha256(Path.of(file)) : "(missing)";
        out.println("regenerate: " + file + (now.equals(e.sha256()) ? ": same bytes as the manifest"
                : ": differs from the manifest; check it, then record it with --update-manifest"));
        return Main.OK;
    }

    private static String[] prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    static List<Entry> read() {
        try {
            JsonValue root = JsonReader.read(MANIFEST);
            JsonCursor c = JsonCursor.root(MANIFEST.toString(), root);
            List<Entry> out = new ArrayList<>();
            for (JsonCursor e : c.field("certificates").elements()) {
                e.onlyFields(Set.of("file", "sha256", "generator", "args", "tool", "note"));
                String gen = e.field("generator").string();
                if (!Set.of("hand", "audit", "dev", "prove").contains(gen)) {
                    throw e.field("generator").error("generator must be hand, audit, dev or prove");
                }
                List<String> args = new ArrayList<>();
                for (JsonCursor x : e.field("args").elements()) {
                    args.add(x.string());
                }
                out.add(new Entry(e.field("file").string(), e.field("sha256").string(), gen, args,
                        e.field("tool").string(), e.has("note") ? e.field("note").string() : null));
            }
            return out;
        } catch (InputException e) {
            throw new UsageException("regenerate: " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("regenerate: cannot read " + MANIFEST + ": " + e.getMessage());
        }
    }

    /** One entry per line, so a regenerated file shows as a one-line diff. */
    static void write(List<Entry> entries) {
        StringBuilder sb = new StringBuilder("{\n  \"version\": 1,\n  \"certificates\": [\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            sb.append("    {\"file\": ").append(JsonWriter.quote(e.file())).append(", \"sha256\": ")
                    .append(JsonWriter.quote(e.sha256())).append(", \"generator\": ").append(JsonWriter.quote(e.generator()))
                    .append(", \"args\": [").append(String.join(", ", e.args().stream().map(JsonWriter::quote).toList()))
                    .append("], \"tool\": ").append(JsonWriter.quote(e.tool()));
            if (e.note() != null) {
                sb.append(", \"note\": ").append(JsonWriter.quote(e.note()));
            }
            sb.append('}').append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        sb.append("  ]\n}\n");
        try {
            Files.writeString(MANIFEST, sb.toString());
        } catch (IOException e) {
            throw new UsageException("regenerate: cannot write " + MANIFEST + ": " + e.getMessage());
        }
    }

    static String sha256(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UsageException("regenerate: cannot read " + p + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
