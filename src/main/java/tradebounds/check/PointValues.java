package tradebounds.check;

import java.util.List;
import java.util.Map;
import tradebounds.cert.Certificate.Claim;
import tradebounds.cert.Certificate;
import tradebounds.cert.Cover.Coord;
import tradebounds.cert.Cover.Value;
import tradebounds.cert.Cover;
import tradebounds.model.Rational;

/**
 * Replays a point-value certificate (FORMAT.md section 6): the cover's LET program evaluated once, at one exact
 * point, in the same outward-rounded {@link Enclosure} arithmetic as {@link Covers}. The point must lie in the COORD
 * box, every FEASIBLE quantity must be proved &gt;= 0 there (not assumed), and GOAL's enclosure must prove each claim.
 */
final class PointValues {
    private PointValues() {
    }

    static void check(Certificate c, Map<Quantity, Rational> values, List<String> notes) throws Refusal {
        Cover p = c.cover().orElseThrow();
        Enclosure[] params = new Enclosure[p.params().size()];
        Enclosure[] point = new Enclosure[p.coords().size()];
        for (Value v : p.point()) {
            int k = p.params().indexOf(v.name());
            if (k >= 0) {
                params[k] = Enclosure.of(v.value());
                continue;
            }
            Coord coord = p.coord(v.name()).orElseThrow();
            if (v.value().compareTo(coord.lo()) < 0 || v.value().compareTo(coord.hi()) > 0) {
                throw new Refusal(Reason.POINT_OUTSIDE, c.where(v.line()), v.name() + " = " + v.value().toDisplay()
                        + " is outside its COORD range [" + coord.lo().toDisplay() + ", " + coord.hi().toDisplay() + "]");
            }
            point[p.coords().indexOf(coord)] = Enclosure.of(v.value());
        }
        CoverEvaluator ev = new CoverEvaluator(p);
        Enclosure[] lets;
        try {
            lets = ev.values(params, point);
        } catch (Enclosure.Failure f) {
            throw new Refusal(Reason.LEAF_FAILED, c.where(p.goalLine()), "at the point: " + f.getMessage());
        }
        for (int i = 0; i < lets.length; i++) {
            if (ev.isFeasible(i) && lets[i].lo() < 0) {
                throw new Refusal(Reason.POINT_OUTSIDE, c.where(p.lets().get(i).line()), "FEASIBLE "
                        + p.lets().get(i).name() + " is enclosed in " + lets[i] + ", not proved >= 0 at the point");
            }
        }
        Enclosure g = lets[ev.goalIndex()];
        for (Claim claim : c.claims()) {
            // compare exactly: a double end is an exact rational
            int lo = Rational.ofDouble(g.lo()).compareTo(claim.bound());
            int hi = Rational.ofDouble(g.hi()).compareTo(claim.bound());
            boolean proved = switch (claim.kind()) {
                case VALUE_BELOW -> hi < 0;
                case VALUE_AT_MOST -> hi <= 0;
                case VALUE_ABOVE -> lo > 0;
                case VALUE_AT_LEAST -> lo >= 0;
                default -> throw new IllegalStateException("type rules admit only value claims here");
            };
            if (!proved) {
                throw new Refusal(Reason.VALUE_NOT_PROVED, c.where(claim.line()), "GOAL " + p.goal() + " is enclosed in "
                        + g + ", which does not prove value " + claim.kind().relation() + " " + claim.bound().toDisplay());
            }
        }
        values.put(Quantity.VALUE_LOWER, Rational.ofDouble(g.lo()));
        values.put(Quantity.VALUE_UPPER, Rational.ofDouble(g.hi()));
        notes.add("point value: GOAL " + p.goal() + " in " + g + " at the point");
    }
}
