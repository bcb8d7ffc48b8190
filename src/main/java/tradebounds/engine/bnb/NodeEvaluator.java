package tradebounds.engine.bnb;

/**
 * Decides one box. Called concurrently from several threads, so an implementation keeps per-thread state
 * (solvers) in {@link #forThread()} copies.
 */
public interface NodeEvaluator<L> {
    /** The region's tightened form of a box (e.g. by order constraints); must not change the region. */
    Box tighten(Box box);

    Decision<L> evaluate(Box tightened);

    /** A fresh evaluator for one worker thread (may return this if stateless). */
    NodeEvaluator<L> forThread();
}
