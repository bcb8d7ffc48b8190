package tradebounds.family.pareto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tradebounds.claims.Claim;
import tradebounds.claims.ClaimPicture;
import tradebounds.model.Rational;

/**
 * The report's picture of a frontier claim: the exact (Pi, U) frontier of one instance the row's check uses, its
 * extreme mechanisms (the vertices), and the KS, Nash and cross-side Nash points located on it
 * ({@link Solutions}), with the KS ray Pi/Pi* = U/U* and the first-best line Pi + U = OPT as guides.
 *
 * <p>One small frontier per claim, traced exactly as the audit does ({@link Frontier#trace}, every LP certified and
 * replayed, certificates in a temporary directory that is removed): two buyers, one unit, the printed reading,
 * on the first law of the check's class sample (a canonical law, the first one the audit evaluates) or Example 4.2's
 * discretised law at n = 2. That is a handful of 6- or 7-type LPs, a fraction of a second.
 */
final class ParetoPictures {
    /** Buyers in the drawn instance: the smallest n every welfare and structure check evaluates. */
    static final int N = 2;

    private ParetoPictures() {
    }

    static List<ClaimPicture> of(Claim claim) {
        if (!ParetoAuditor.METHOD.equals(claim.methodType())) {
            return List.of();
        }
        String check = claim.method().getOrDefault("check", "");
        ParetoInstance in;
        String which;
        if (check.startsWith("ex4.2-")) {
            in = Example42.law(N);
            which = "Example 4.2 discretised at n = " + N + " (" + Example42.CELLS + " cells and the top atom)";
        } else if (ParetoAuditor.SAMPLES.containsKey(check)) {
            ParetoAuditor.Sample sample = ParetoAuditor.SAMPLES.get(check);
            LawClass.Kind kind = sample.kind();
            List<ParetoInstance> laws = LawClass.sample(kind, 1, sample.seed());
            if (laws.isEmpty()) {
                return List.of();
            }
            in = laws.get(0).with(N, 1);
            which = "the first law of the check's " + kind.name().toLowerCase(java.util.Locale.ROOT) + " sample "
                    + "(values " + in.values() + ", masses " + in.probs() + "), n = " + N + " buyers, one unit";
        } else {
            return List.of();
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("tradebounds-report-pareto");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Frontier f = Frontier.trace(in, Reading.PRINTED, new ExactLp("glop", dir, "lp"));
            return List.of(picture(f, which));
        } finally {
            delete(dir);
        }
    }

    static ClaimPicture picture(Frontier f, String which) {
        List<Frontier.Point> pts = f.points();
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xs[i] = pts.get(i).pi().toDouble();
            ys[i] = pts.get(i).u().toDouble();
        }
        List<ClaimPicture.Curve> curves = new ArrayList<>();
        curves.add(new ClaimPicture.Curve("frontier, vertices", xs, ys, true, false));
        double piStar = f.piStar().toDouble();
        double uStar = f.uStar().toDouble();
        curves.add(new ClaimPicture.Curve("KS ray", new double[] {0, piStar}, new double[] {0, uStar},
                false, true));
        Rational opt = MechanismLp.firstBest(f.instance());
        double w = opt.toDouble();
        curves.add(new ClaimPicture.Curve("Pi + U = OPT", new double[] {0, w}, new double[] {w, 0},
                false, true));
        List<ClaimPicture.Mark> marks = new ArrayList<>();
        StringBuilder located = new StringBuilder();
        for (Solutions.Located s : List.of(Solutions.ks(f), Solutions.nash(f), Solutions.crossNash(f))) {
            marks.add(new ClaimPicture.Mark(s.name(), s.pi().toDouble(), s.u().toDouble()));
            located.append(located.length() == 0 ? "" : "; ").append(s.name()).append(" at (").append(fmt(s.pi()
                    .toDouble())).append(", ").append(fmt(s.u().toDouble())).append("), welfare/OPT ")
                    .append(fmt(s.welfare().divide(opt).toDouble())).append(" (").append(s.where()).append(')');
        }
        String caption = "The exact (Pi, U) frontier (printed reading) of " + which + ": " + pts.size()
                + " extreme mechanisms from the seller end (Pi* = " + fmt(piStar) + ") to the buyer end (U* = "
                + fmt(uStar) + "), every vertex an exact optimum of a certified LP (" + f.lpCount() + " LPs), and the KS, "
                + "Nash (max Pi (U/n)^n) and cross-side Nash (max Pi U) points located exactly on it: " + located + ". "
                + "Dashed: the KS ray Pi/Pi* = U/U* and the first-best line Pi + U = OPT = " + fmt(w) + ". The audit "
                + "row evaluates more laws and buyer counts; this is one of them.";
        return new ClaimPicture("(Pi, U) Pareto frontier", "revenue Pi", "buyers' surplus U", curves, marks, caption);
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the picture is already computed
        }
    }
}
