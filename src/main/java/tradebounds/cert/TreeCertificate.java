package tradebounds.cert;

import java.util.List;
import tradebounds.model.Rational;

/**
 * A guarantee-tree certificate (FORMAT.md section 5): a claim that program (4.1) of Giambartolomei and de
 * Keijzer, with the given basic prices, has no feasible point at the stated r, proved by a partition of the
 * buyer's survival coordinates y_t = sum_{j>=t} b_j into boxes, each closed by exact Lagrange multipliers.
 *
 * <p>The header is read whole; the preorder node stream is read lazily by {@link TreeCertificateReader} so that a
 * certificate with millions of nodes is checked in constant memory.
 *
 * @param program the program keyword ({@code qcp41-seller-eliminated})
 * @param prices  basic prices 0 = p_1 &lt; ... &lt; p_n
 * @param r       the claimed infeasibility level: (4.1) has no feasible point with objective r
 * @param nodes   the number of node lines that follow (checked against the stream)
 */
public record TreeCertificate(String program, List<Rational> prices, Rational r, long nodes) {
    public TreeCertificate {
        prices = List.copyOf(prices);
    }

    /** One line of the preorder stream. */
    public sealed interface Node permits Split, Leaf, Empty, Open {
        /** 1-based line number in the file. */
        int line();
    }

    /**
     * The current box is cut at {@code y_coordinate = point}: the first child (next in the stream) keeps
     * {@code y_coordinate <= point}, the second {@code y_coordinate >= point}.
     */
    public record Split(int line, int coordinate, Rational point) implements Node {
    }

    /**
     * Multipliers that close the current box: lambda_t &gt;= 0 on the rows (a_t), mu &gt;= 0 on the OPT row, and
     * weights w_{i,k} &gt;= 0 on the order rows y_k - y_{k+1} &gt;= 0 used for seller vertex i. Sparse: absent
     * entries are zero. Indices are 1-based as in the paper.
     */
    public record Leaf(int line, Rational mu, int[] lambdaIndex, Rational[] lambda, int[] weightVertex,
                       int[] weightRow, Rational[] weight) implements Node {
    }

    /** The current box meets no decreasing y (the checker proves it from the bounds alone). */
    public record Empty(int line) implements Node {
    }

    /** A box the prover did not close: a partial certificate (for resume); the checker rejects it. */
    public record Open(int line) implements Node {
    }
}
