package tradebounds.family.ksfair.preg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tradebounds.cert.Cover;
import tradebounds.check.CoverEvaluator;
import tradebounds.check.Enclosure;
import tradebounds.model.Rational;

/** The cover's LET program is the printed P_REG inner value: compared with PregFormulas at random points. */
class PregCoverProgramTest {
    /** A random point of P_REG in the cover's coordinates, with alpha in [0.55, 0.95]. */
    private record Point(double alpha, double qm, double t, double u) {
        static Point random(Random rnd, double qm) {
            return new Point(0.55 + 0.4 * rnd.nextDouble(), qm, rnd.nextDouble() * 0.999, rnd.nextDouble());
        }

        double printed() {
            double qLo = qm + (1 - alpha) * (1 - qm);
            double q = qLo + t * (1 - qLo);
            return PregFormulas.dInner(qm, alpha, q, u * (1 - (1 - alpha) * (1 - qm) / (q - qm)));
        }

        CoverEvaluator.Result evaluate(CoverEvaluator ev, double[] lo, double[] hi) {
            return ev.evaluate(new Enclosure[] {Enclosure.point(alpha)},
                    new Enclosure[] {Enclosure.point(qm), Enclosure.point(t), Enclosure.point(u)}, lo, hi);
        }
    }

    @Test
    void letProgramMatchesThePrintedFormulasAtPoints() {
        Cover program = PregCoverProgram.program(Rational.of(1, 1000), Rational.ONE);
        CoverEvaluator ev = new CoverEvaluator(program);
        Random rnd = new Random(7);
        double[] lo = new double[ev.letCount()];
        double[] hi = new double[ev.letCount()];
        Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        int compared = 0;
        for (int i = 0; i < 2000; i++) {
            Point x = Point.random(rnd, 0.001 + 0.998 * rnd.nextDouble());
            double alpha = x.alpha, qm = x.qm, t = x.t, u = x.u;
            double printed = x.printed();
            CoverEvaluator.Result r = x.evaluate(ev, lo, hi);
            assertFalse(r.failed() || r.empty(), () -> r.toString());
            double tol = 1e-9 * Math.max(1, Math.abs(printed));
            assertTrue(r.goal().lo() - tol <= printed && printed <= r.goal().hi() + tol,
                    "at qm=" + qm + " t=" + t + " u=" + u + " alpha=" + alpha + ": printed " + printed + ", LET "
                            + r.goal());
            compared++;
        }
        assertTrue(compared == 2000);
    }

    @Test
    void programNamesOnlyItsOwnCoordinates() {
        Cover program = PregCoverProgram.program(Rational.of(1, 1000), Rational.ONE);
        assertTrue(program.coords().stream().map(Cover.Coord::name).toList().equals(List.of("qm", "t", "u")));
    }

    @Test
    void tailProgramStaysBelowThePrintedInnerValue() {
        Rational s0 = Rational.of(1, 1_000_000);
        CoverEvaluator ev = new CoverEvaluator(PregCoverProgram.tail(s0));
        double[] lo = new double[ev.letCount()];
        double[] hi = new double[ev.letCount()];
        Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        Random rnd = new Random(11);
        for (int i = 0; i < 2000; i++) {
            Point x = Point.random(rnd, 1e-6 * rnd.nextDouble() + 1e-300);
            double printed = x.printed();
            CoverEvaluator.Result r = x.evaluate(ev, lo, hi);
            assertFalse(r.failed() || r.empty(), () -> r.toString());
            assertTrue(r.goal().lo() <= printed + 1e-12, "tail bound " + r.goal() + " above " + printed);
        }
    }
}
