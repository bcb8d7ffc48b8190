package tradebounds.family.fixedprice.witness;

import tradebounds.model.Model;

/**
 * Where s_i(q), b_j(q) and r sit in a k-unit model, found by the builders' variable names, so the search does
 * not depend on the builders' ordering. Arrays are 0-based: {@code sellerIndex[q-1][i-1]} is s_i(q).
 */
final class MultiUnitLayout {
    final int[][] sellerIndex;
    final int[][] buyerIndex;
    final int r;

    MultiUnitLayout(Model model, int n, int k) {
        sellerIndex = new int[k][n];
        buyerIndex = new int[k][n];
        for (int q = 1; q <= k; q++) {
            for (int i = 1; i <= n; i++) {
                sellerIndex[q - 1][i - 1] = require(model, "s" + i + "_" + q);
                buyerIndex[q - 1][i - 1] = require(model, "b" + i + "_" + q);
            }
        }
        r = require(model, "r");
    }

    private MultiUnitLayout(int[][] seller, int[][] buyer, int r) {
        this.sellerIndex = seller;
        this.buyerIndex = buyer;
        this.r = r;
    }

    /** Program (4.2)'s layout (variables s1..sn, b1..bn, r) read as one unit. */
    static MultiUnitLayout singleUnit(Model model, int n) {
        int[][] s = new int[1][n];
        int[][] b = new int[1][n];
        for (int i = 1; i <= n; i++) {
            s[0][i - 1] = require(model, "s" + i);
            b[0][i - 1] = require(model, "b" + i);
        }
        return new MultiUnitLayout(s, b, require(model, "r"));
    }

    private static int require(Model model, String name) {
        int k = model.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("model " + model.name() + " has no variable " + name);
        }
        return k;
    }
}
