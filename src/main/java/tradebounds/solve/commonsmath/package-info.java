/**
 * The Commons Math 3.6.1 adapter: the textbook dense two-phase simplex, a third independent LP implementation
 * with no duals and no clock (see {@link tradebounds.solve.commonsmath.CommonsMathAdapter}).
 */
package tradebounds.solve.commonsmath;
