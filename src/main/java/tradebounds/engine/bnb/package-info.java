/**
 * Spatial branch and bound over boxes with exact leaf certificates. The engine names no paper: a family supplies
 * a {@link tradebounds.engine.bnb.NodeEvaluator} (which closes a box with an exact certificate, proves it empty,
 * or asks for a split) and a {@link tradebounds.engine.bnb.LeafCodec}; the engine owns the tree, the order,
 * the budgets, the threads, checkpoints and the preorder stream that the checker replays.
 *
 * <p>Untrusted: nothing here is believed. A tree it writes is a proof only after the checker replays it.
 */
package tradebounds.engine.bnb;
