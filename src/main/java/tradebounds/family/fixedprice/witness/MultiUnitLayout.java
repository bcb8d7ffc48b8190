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

    private static int require(Model model, String name) {
        int k = model.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("model " + model.name() + " has no variable " + name);
        }
        return k;
    }
}
