package tradebounds.family.fixedprice.falsify;

import java.util.Random;

/**
 * Random single-unit instances of the shapes known to be hard for fixed prices: hardness results put mass at
 * (or near) 0 for the seller and give the buyer an equal-revenue-like tail (section 3, and the support points of
 * Proposition 4.2), and plain random atoms keep the search from seeing only what we expect.
 */
final class FalsifierShapes {
    static final String[] NAMES = {"zero-spread", "equal-revenue", "random-atoms", "support-grid"};

    private FalsifierShapes() {
    }

    static FalsifierCandidate draw(int shape, Random rnd, int minAtoms, int maxAtoms) {
        int ns = minAtoms + rnd.nextInt(maxAtoms - minAtoms + 1);
        int nb = minAtoms + rnd.nextInt(maxAtoms - minAtoms + 1);
        double[] sv = new double[ns];
        double[] sm = new double[ns];
        double[] bv = new double[nb];
        double[] bm = new double[nb];
        switch (shape) {
            case 0 -> {
                double c = 0.3 + 1.7 * rnd.nextDouble();
                spreadWithZero(rnd, sv, sm, c);
                for (int j = 0; j < nb; j++) {
                    bv[j] = 3 * rnd.nextDouble();
                    bm[j] = rnd.nextDouble();
                }
            }
            case 1 -> {
                spreadWithZero(rnd, sv, sm, 0.3 + rnd.nextDouble());
                equalRevenue(rnd, bv, bm);
            }
            case 2 -> {
                for (int i = 0; i < ns; i++) {
                    sv[i] = rnd.nextInt(4) == 0 ? 0 : Math.exp(rnd.nextGaussian() * 1.5);
                    sm[i] = -Math.log(1 - rnd.nextDouble());
                }
                for (int j = 0; j < nb; j++) {
                    bv[j] = Math.exp(rnd.nextGaussian() * 1.5);
                    bm[j] = -Math.log(1 - rnd.nextDouble());
                }
            }
            default -> {
                // Buyer on the grid (29 + i)/100 with one far atom, seller just above grid points, as in the
                // instances Cai and Wu (Lemma 3.3) build from program (4.2).
                for (int j = 0; j < nb; j++) {
                    bv[j] = j == nb - 1 ? 50 + 4000 * rnd.nextDouble() : (31 + rnd.nextInt(48)) / 100.0;
                    bm[j] = j == nb - 1 ? 1e-4 * rnd.nextDouble() : rnd.nextDouble();
                }
                for (int i = 0; i < ns; i++) {
                    sv[i] = i == 0 ? 0 : (31 + rnd.nextInt(48)) / 100.0 + 1e-4;
                    sm[i] = i == 0 ? 1 + 2 * rnd.nextDouble() : rnd.nextDouble() * rnd.nextDouble();
                }
            }
        }
        return FalsifierCandidate.of(sv, sm, bv, bm);
    }

    private static void spreadWithZero(Random rnd, double[] sv, double[] sm, double top) {
        double zeroMass = 0.2 + 0.6 * rnd.nextDouble();
        sv[0] = 0;
        sm[0] = zeroMass;
        for (int i = 1; i < sv.length; i++) {
            sv[i] = top * rnd.nextDouble();
            sm[i] = (1 - zeroMass) / (sv.length - 1) * (0.5 + rnd.nextDouble());
        }
    }

    /** P(B &gt;= x) = 1/x on a geometric grid from 1 to H, the top atom carrying the tail 1/H. */
    private static void equalRevenue(Random rnd, double[] bv, double[] bm) {
        int n = bv.length;
        double h = Math.exp(Math.log(2) + rnd.nextDouble() * Math.log(1000));
        double scale = 0.2 + rnd.nextDouble();
        for (int j = 0; j < n; j++) {
            bv[j] = n == 1 ? 1 : Math.pow(h, (double) j / (n - 1));
        }
        for (int j = 0; j < n; j++) {
            double tail = 1 / bv[j];
            double next = j + 1 < n ? 1 / bv[j + 1] : 0;
            bm[j] = tail - next;
            bv[j] *= scale;
        }
    }
}
