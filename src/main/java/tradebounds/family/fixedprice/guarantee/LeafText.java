package tradebounds.family.fixedprice.guarantee;

import java.util.ArrayList;
import java.util.List;
import tradebounds.cert.TreeCertificate;
import tradebounds.engine.bnb.LeafCodec;
import tradebounds.model.Rational;

/** The text of a guarantee-tree leaf: {@code mu t:lambda_t ... [/ i:k:w_{i,k} ...]} (FORMAT.md section 5). */
final class LeafText implements LeafCodec<TreeCertificate.Leaf> {
    @Override
    public String write(TreeCertificate.Leaf leaf) {
        StringBuilder sb = new StringBuilder().append(leaf.mu());
        for (int e = 0; e < leaf.lambdaIndex().length; e++) {
            sb.append(' ').append(leaf.lambdaIndex()[e]).append(':').append(leaf.lambda()[e]);
        }
        if (leaf.weightVertex().length > 0) {
            sb.append(" /");
            for (int e = 0; e < leaf.weightVertex().length; e++) {
                sb.append(' ').append(leaf.weightVertex()[e]).append(':').append(leaf.weightRow()[e]).append(':')
                        .append(leaf.weight()[e]);
            }
        }
        if (leaf.sideRow().length > 0) {
            sb.append(" |");
            for (int e = 0; e < leaf.sideRow().length; e++) {
                sb.append(' ').append(leaf.sideRow()[e]).append(':').append(leaf.nu()[e]);
            }
        }
        for (TreeCertificate.Slope slope : leaf.slopes()) {
            sb.append(" @ ").append(slope.coordinate());
            for (int e = 0; e < slope.index().length; e++) {
                sb.append(' ').append(slope.index()[e]).append(':').append(slope.value()[e]);
            }
        }
        return sb.toString();
    }

    @Override
    public TreeCertificate.Leaf read(String text) {
        String[] t = text.trim().split(" +");
        Rational mu = Rational.parse(t[0]);
        List<Integer> li = new ArrayList<>();
        List<Rational> lv = new ArrayList<>();
        List<int[]> wi = new ArrayList<>();
        List<Rational> wv = new ArrayList<>();
        boolean weights = false;
        boolean rows = false;
        List<TreeCertificate.SideRow> rowIds = new ArrayList<>();
        List<Rational> nus = new ArrayList<>();
        List<TreeCertificate.Slope> slopes = new ArrayList<>();
        for (int k = 1; k < t.length; k++) {
            if (t[k].equals("@")) {
                int coordinate = Integer.parseInt(t[k + 1]);
                List<Integer> si = new ArrayList<>();
                List<Rational> sv = new ArrayList<>();
                for (k += 2; k < t.length && !t[k].equals("@"); k++) {
                    String[] q = t[k].split(":");
                    si.add(Integer.parseInt(q[0]));
                    sv.add(Rational.parse(q[1]));
                }
                k--;
                slopes.add(new TreeCertificate.Slope(coordinate, si.stream().mapToInt(Integer::intValue).toArray(),
                        sv.toArray(new Rational[0])));
                continue;
            }
            if (t[k].equals("/")) {
                weights = true;
                continue;
            }
            if (t[k].equals("|")) {
                rows = true;
                continue;
            }
            String[] p = t[k].split(":");
            if (rows) {
                boolean buyer = p[0].startsWith("B");
                String id = buyer ? p[0].substring(1) : p[0];
                String[] qt = id.substring(1).split("\\.");
                rowIds.add(new TreeCertificate.SideRow(buyer, id.charAt(0), Integer.parseInt(qt[0]),
                        qt.length > 1 ? Integer.parseInt(qt[1]) : 0));
                nus.add(Rational.parse(p[1]));
            } else if (weights) {
                wi.add(new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])});
                wv.add(Rational.parse(p[2]));
            } else {
                li.add(Integer.parseInt(p[0]));
                lv.add(Rational.parse(p[1]));
            }
        }
        TreeCertificate.Leaf plain = leaf(mu, li, lv, wi, wv);
        return rowIds.isEmpty() && slopes.isEmpty() ? plain : new TreeCertificate.Leaf(0, mu, plain.lambdaIndex(),
                plain.lambda(), plain.weightVertex(), plain.weightRow(), plain.weight(),
                rowIds.toArray(new TreeCertificate.SideRow[0]), nus.toArray(new Rational[0]),
                slopes.toArray(new TreeCertificate.Slope[0]));
    }

    static TreeCertificate.Leaf leaf(Rational mu, List<Integer> li, List<Rational> lv, List<int[]> wi,
                                     List<Rational> wv) {
        int[] lIdx = li.stream().mapToInt(Integer::intValue).toArray();
        int[] wV = new int[wi.size()];
        int[] wR = new int[wi.size()];
        for (int e = 0; e < wV.length; e++) {
            wV[e] = wi.get(e)[0];
            wR[e] = wi.get(e)[1];
        }
        return new TreeCertificate.Leaf(0, mu, lIdx, lv.toArray(new Rational[0]), wV, wR, wv.toArray(new Rational[0]));
    }
}
