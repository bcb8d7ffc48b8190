package tradebounds.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * constant + sum coef*x[var] + sum coef*x[i]*x[j], with exact coefficients.
 * Terms are merged on construction through {@link Builder}, and zero coefficients are dropped,
 * so two equal expressions built in the same order compare equal.
 */
public record Expr(Rational constant, List<LinearTerm> linear, List<BilinearTerm> bilinear) {
    public Expr {
        linear = List.copyOf(linear);
        bilinear = List.copyOf(bilinear);
    }

    public static Expr zero() {
        return new Expr(Rational.ZERO, List.of(), List.of());
    }

    public static Expr variable(int var) {
        return new Expr(Rational.ZERO, List.of(new LinearTerm(var, Rational.ONE)), List.of());
    }

    public boolean isLinear() {
        return bilinear.isEmpty();
    }

    /** Exact value at an exact point. */
    public Rational evaluate(Rational[] x) {
        Rational sum = constant;
        for (LinearTerm t : linear) {
            sum = sum.add(t.coef().multiply(x[t.var()]));
        }
        for (BilinearTerm t : bilinear) {
            sum = sum.add(t.coef().multiply(x[t.first()]).multiply(x[t.second()]));
        }
        return sum;
    }

    /** Floating value at a candidate point: for search heuristics only, never for proof. */
    public double evaluate(double[] x) {
        double sum = constant.toDouble();
        for (LinearTerm t : linear) {
            sum += t.coef().toDouble() * x[t.var()];
        }
        for (BilinearTerm t : bilinear) {
            sum += t.coef().toDouble() * x[t.first()] * x[t.second()];
        }
        return sum;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Accumulates terms, merging repeated variables and products. */
    public static final class Builder {
        private Rational constant = Rational.ZERO;
        private final Map<Integer, Rational> linear = new LinkedHashMap<>();
        private final Map<Long, Rational> bilinear = new LinkedHashMap<>();

        public Builder constant(Rational c) {
            constant = constant.add(c);
            return this;
        }

        public Builder add(int var, Rational coef) {
            linear.merge(var, coef, Rational::add);
            return this;
        }

        public Builder add(int first, int second, Rational coef) {
            int a = Math.min(first, second);
            int b = Math.max(first, second);
            bilinear.merge(((long) a << 32) | b, coef, Rational::add);
            return this;
        }

        public Builder addAll(Expr e, Rational scale) {
            constant = constant.add(e.constant().multiply(scale));
            for (LinearTerm t : e.linear()) {
                add(t.var(), t.coef().multiply(scale));
            }
            for (BilinearTerm t : e.bilinear()) {
                add(t.first(), t.second(), t.coef().multiply(scale));
            }
            return this;
        }

        public Expr build() {
            List<LinearTerm> lin = new ArrayList<>();
            linear.forEach((v, c) -> {
                if (!c.isZero()) {
                    lin.add(new LinearTerm(v, c));
                }
            });
            List<BilinearTerm> bil = new ArrayList<>();
            bilinear.forEach((k, c) -> {
                if (!c.isZero()) {
                    bil.add(new BilinearTerm((int) (k >>> 32), (int) (k & 0xffffffffL), c));
                }
            });
            return new Expr(constant, Collections.unmodifiableList(lin), Collections.unmodifiableList(bil));
        }
    }
}
