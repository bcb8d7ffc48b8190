package tradebounds.family.pareto;

import tradebounds.model.Rational;

/**
 * Names the mechanism at a frontier point by its interim allocation (Def. 2.4): the (m-unit) Vickrey auction
 * with reserve v_r, or an indirect Vickrey auction whose bid space pools runs of values (a buyer bids the lowest
 * value of her pool; ties inside a pool are broken uniformly), or neither (then the point mixes mechanisms or is
 * something else). On a discrete law the allocation does not pin the payments (BIC leaves each u_j - u_{j-1} in an
 * interval of width (v_j - v_{j-1})(x_j - x_{j-1})), so the rent is named separately: "Myerson payments" when
 * every downward BIC row binds and u_1 = 0 (the payments of formula (2)), otherwise the lowest type's utility and
 * the total surplus above Myerson's.
 */
public final class Mechanisms {
    private Mechanisms() {
    }

    public static String describe(ParetoInstance in, Frontier.Point p) {
        return allocation(in, p.x()) + "; " + rent(in, p);
    }

    public static String allocation(ParetoInstance in, Rational[] x) {
        int k = in.types();
        int r = 0;
        while (r < k && x[r].signum() == 0) {
            r++;
        }
        if (r == k) {
            return "no sale";
        }
        int[] start = new int[k];
        int pools = 0;
        boolean pooled = false;
        for (int j = r; j < k; j++) {
            if (j > r && x[j].equals(x[j - 1])) {
                start[j] = start[j - 1];
                pooled = true;
            } else {
                start[j] = j;
                pools++;
            }
        }
        Rational[] iva = MechanismLp.pooledAllocation(in, r, start);
        boolean match = true;
        for (int j = 0; j < k; j++) {
            match &= iva[j].equals(x[j]);
        }
        String auction = in.units() == 1 ? "second-price auction" : in.units() + "-unit Vickrey auction";
        String reserve = r == 0 ? "no reserve" : "reserve " + in.v(r);
        if (!match) {
            return "not one indirect Vickrey auction (a mixture or other)";
        }
        if (!pooled) {
            return auction + ", " + reserve;
        }
        if (pools == 1) {
            return "units allocated uniformly at random among bidders" + (r == 0 ? "" : " with value >= " + in.v(r))
                    + " (bid space {" + in.v(r) + "})";
        }
        StringBuilder bids = new StringBuilder();
        for (int j = r; j < k; j++) {
            if (start[j] == j) {
                bids.append(bids.length() == 0 ? "" : ", ").append(in.v(j));
            }
        }
        return "indirect Vickrey auction, " + reserve + ", bid space {" + bids + "}";
    }

    /** "Myerson payments" or the rent above them. */
    public static String rent(ParetoInstance in, Frontier.Point p) {
        Rational[] x = p.x();
        Rational[] u = p.utility();
        Rational extra = u[0];
        Rational total = u[0].multiply(in.f(0));
        Rational myerson = Rational.ZERO;
        Rational excess = u[0];
        for (int j = 1; j < in.types(); j++) {
            myerson = myerson.add(in.v(j).subtract(in.v(j - 1)).multiply(x[j - 1]));
            excess = u[j].subtract(myerson);
            total = total.add(excess.multiply(in.f(j)));
        }
        if (total.signum() == 0) {
            return "Myerson payments (u_1 = 0, downward BIC binding)";
        }
        Rational above = total.multiply(Rational.of(in.buyers()));
        return "u_1 = " + extra + ", surplus above Myerson payments " + above;
    }
}
