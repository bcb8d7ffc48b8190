package tradebounds.engine.bnb;

import tradebounds.model.Rational;

/** An axis-aligned box lo &lt;= x &lt;= hi with exact ends (0-based coordinates). */
public record Box(Rational[] lo, Rational[] hi) {
    public Box {
        if (lo.length != hi.length) {
            throw new IllegalArgumentException("lo and hi differ in dimension");
        }
    }

    public int dimension() {
        return lo.length;
    }

    /** The child with x_k &lt;= point (first in preorder). */
    public Box lower(int k, Rational point) {
        Rational[] h = hi.clone();
        h[k] = point;
        return new Box(lo, h);
    }

    /** The child with x_k &gt;= point (second in preorder). */
    public Box upper(int k, Rational point) {
        Rational[] l = lo.clone();
        l[k] = point;
        return new Box(l, hi);
    }

    public double width(int k) {
        return hi[k].toDouble() - lo[k].toDouble();
    }
}
