package tradebounds.family.fixedprice.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tradebounds.cert.CertificateException;
import tradebounds.cert.Limits;
import tradebounds.cert.TreeCertificateReader;
import tradebounds.check.CheckOutcome;
import tradebounds.check.Proved;
import tradebounds.check.Quantity;
import tradebounds.claims.AuditContext;
import tradebounds.claims.CheckedFiles;
import tradebounds.model.Rational;

/**
 * The stored guarantee trees ({@code certificates/fixedprice/guarantee/}) for one price list, each replayed by the
 * checker: the levels r at which (4.1) is proved infeasible. A tree counts only if the checker proves it and its
 * PRICES are exactly the claim's prices (a tree for another list proves nothing about this one).
 */
final class StoredTrees {
    static final String FOLDER = "certificates/fixedprice/guarantee";

    /** One proved level: r, the file, and the checker's summary line. */
    record Proof(Rational r, Path path, String summary) {
    }

    private StoredTrees() {
    }

    /** Every proved (4.1) tree for these prices, lowest r first; unproved trees are reported in {@code found}. */
    static List<Proof> proved(AuditContext ctx, List<Rational> prices, List<String> found) {
        return proved(ctx, prices, 1, found);
    }

    /**
     * The same for program (5.1) with k = {@code units} &gt;= 2 units ({@code units} = 1: program (4.1)); a tree
     * counts only for its own program and number of units.
     */
    static List<Proof> proved(AuditContext ctx, List<Rational> prices, int units, List<String> found) {
        return proved(ctx, prices, units, false, found);
    }

    /**
     * With {@code symmetric}: the trees that bound Cor 5.1's symmetric program, (5.1) restricted to the diagonal
     * b_j(q) = s_j(k-q+1). Its feasible set is a subset of (5.1)'s (the same rows plus equalities), so a (5.1)
     * tree for the same prices and k proves it infeasible too; symmetric trees (which weight the diagonal rows)
     * prove only the symmetric program and never count for (5.1).
     */
    static List<Proof> proved(AuditContext ctx, List<Rational> prices, int units, boolean symmetric,
                              List<String> found) {
        Path dir = ctx.root().resolve(FOLDER);
        List<Proof> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".cert") || p.toString().endsWith(".cert.gz")).sorted()
                    .toList();
        } catch (IOException e) {
            found.add("cannot list " + FOLDER + ": " + e.getMessage());
            return out;
        }
        for (Path f : files) {
            List<Rational> treePrices;
            String wanted = units == 1 ? TreeCertificateReader.PROGRAM : TreeCertificateReader.PROGRAM_51;
            try (TreeCertificateReader in = TreeCertificateReader.open(f, Limits.DEFAULT)) {
                String program = in.header().program();
                boolean fits = program.equals(wanted)
                        || (symmetric && program.equals(TreeCertificateReader.PROGRAM_51_SYM));
                if (!fits || in.header().units() != units) {
                    continue;
                }
                treePrices = in.header().prices();
            } catch (CertificateException e) {
                found.add("stored tree " + ctx.root().relativize(f) + " unreadable: " + e.getMessage());
                continue;
            }
            if (!treePrices.equals(prices)) {
                continue;
            }
            ctx.progress().accept("  replaying " + ctx.root().relativize(f));
            CheckOutcome o = CheckedFiles.check(f);
            if (o instanceof Proved p) {
                out.add(new Proof(p.values().get(Quantity.INFEASIBLE_AT), f, p.notes().get(0)));
            } else {
                found.add("stored tree " + ctx.root().relativize(f) + " NOT proved: " + o);
            }
        }
        out.sort(Comparator.comparing(Proof::r));
        return out;
    }

    static Optional<Proof> best(List<Proof> proofs) {
        return proofs.isEmpty() ? Optional.empty() : Optional.of(proofs.get(proofs.size() - 1));
    }

    /** "0.70 (file), 0.71 (file)": the ladder of proved levels, the lower end's history. */
    static String ladder(AuditContext ctx, List<Proof> proofs) {
        StringBuilder sb = new StringBuilder();
        for (Proof p : proofs) {
            sb.append(sb.length() == 0 ? "" : ", ").append(p.r().toDecimal(4, false).toPlainString()).append(" (")
                    .append(p.path().getFileName()).append(')');
        }
        return sb.toString();
    }
}
