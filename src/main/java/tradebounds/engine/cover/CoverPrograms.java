package tradebounds.engine.cover;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tradebounds.cert.Certificate;
import tradebounds.cert.CertificateException;
import tradebounds.cert.CertificateReader;
import tradebounds.cert.CertificateType;
import tradebounds.cert.ClaimKind;
import tradebounds.cert.Cover;
import tradebounds.certwrite.CertificateBuilder;
import tradebounds.certwrite.CertificateWriter;
import tradebounds.check.Checker;
import tradebounds.model.Rational;

/**
 * The audit's half of an interval cover's trust (README, "Trust model", item 3): the checker proves the bound for
 * the LET program written in the certificate, and this comparison establishes that the program is the builder's,
 * i.e. the paper's program after the documented rewrites. Shared by every family that stores covers or point values.
 */
public final class CoverPrograms {
    private CoverPrograms() {
    }

    /** The first difference between a stored certificate's program and the builder's (cells and lines ignored). */
    public static Optional<String> difference(Cover stored, Cover built) {
        if (!stored.params().equals(built.params())) {
            return Optional.of("PARAM differs");
        }
        if (stored.coords().size() != built.coords().size()) {
            return Optional.of("COORD count differs");
        }
        for (int i = 0; i < built.coords().size(); i++) {
            Cover.Coord a = stored.coords().get(i);
            Cover.Coord b = built.coords().get(i);
            if (!a.name().equals(b.name()) || !a.lo().equals(b.lo()) || !a.hi().equals(b.hi())) {
                return Optional.of("COORD " + b.name() + " differs");
            }
        }
        if (stored.lets().size() != built.lets().size()) {
            return Optional.of("LET count differs: " + stored.lets().size() + " vs " + built.lets().size());
        }
        for (int i = 0; i < built.lets().size(); i++) {
            Cover.Let a = stored.lets().get(i);
            Cover.Let b = built.lets().get(i);
            if (!a.name().equals(b.name()) || a.op() != b.op() || !a.args().toString().equals(b.args().toString())) {
                return Optional.of("LET " + b.name() + " differs from the builder's");
            }
        }
        if (!stored.feasible().equals(built.feasible()) || !stored.goal().equals(built.goal())) {
            return Optional.of("FEASIBLE or GOAL differs");
        }
        return Optional.empty();
    }

    /** The tightest lower (lower = true) or upper bound among a point value's claims. */
    public static Optional<Rational> tightest(List<ClaimKind> kinds, List<Rational> bounds, boolean lower) {
        Optional<Rational> best = Optional.empty();
        for (int i = 0; i < kinds.size(); i++) {
            boolean below = kinds.get(i) == ClaimKind.VALUE_BELOW || kinds.get(i) == ClaimKind.VALUE_AT_MOST;
            if (below != lower) {
                Rational b = bounds.get(i);
                best = best.isEmpty() ? Optional.of(b) : Optional.of(lower ? best.get().max(b) : best.get().min(b));
            }
        }
        return best;
    }

    /** A point-value certificate (FORMAT.md section 6) of a LET program with its claims. */
    public static Certificate pointValue(String source, String builtBy, Cover program, List<ClaimKind> kinds,
                                         List<Rational> bounds) {
        CertificateBuilder b = CertificateBuilder.of(CertificateType.POINT_VALUE).meta("source", source)
                .meta("built", builtBy).cover(program);
        for (int i = 0; i < kinds.size(); i++) {
            b.claim(kinds.get(i), bounds.get(i));
        }
        return b.build();
    }

    /**
     * The first difference between a stored point-value certificate and the builder's form: program, POINT, and the
     * CLAIM lines in order ({@code kinds[i] bounds[i]}); empty when they agree.
     */
    public static Optional<String> pointValueDifference(Path file, Cover built, List<ClaimKind> kinds,
                                                        List<Rational> bounds) {
        try {
            Certificate c = CertificateReader.read(file);
            return c.type() != CertificateType.POINT_VALUE ? Optional.of(file + " is not a point-value certificate")
                    : pointValueDifference(c, built, kinds, bounds);
        } catch (CertificateException | RuntimeException e) {
            return Optional.of("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** As {@link #pointValueDifference(Path, Cover, List, List)}, for a certificate already read. */
    public static Optional<String> pointValueDifference(Certificate c, Cover built, List<ClaimKind> kinds,
                                                        List<Rational> bounds) {
        if (c.type() != CertificateType.POINT_VALUE) {
            return Optional.of("not a point-value certificate");
        }
        Cover stored = c.cover().orElseThrow();
        Optional<String> d = difference(stored, built);
        if (d.isPresent()) {
            return d;
        }
        if (!values(stored).equals(values(built))) {
            return Optional.of("POINT differs from the builder's " + values(built));
        }
        List<String> claims = c.claims().stream().map(x -> x.kind() + " " + x.bound()).toList();
        List<String> want = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            want.add(kinds.get(i) + " " + bounds.get(i));
        }
        return claims.equals(want) ? Optional.empty() : Optional.of("CLAIM lines differ from " + want);
    }

    private static Map<String, Rational> values(Cover c) {
        Map<String, Rational> m = new TreeMap<>();
        c.point().forEach(v -> m.put(v.name(), v.value()));
        return m;
    }

    /** Dev tools: writes a certificate (temp file + rename) and prints the checker's verdict on the written file. */
    public static void writeAndCheck(Certificate c, Path file) throws IOException {
        CertificateWriter.write(c, file);
        System.err.println("wrote " + file + ": " + Checker.check(file));
    }
}
