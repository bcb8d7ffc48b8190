/**
 * Grid programs for Malik, "Optimal Robust Mechanism in Bilateral Trading" (2023; seed 004): the designer knows
 * the marginals F (buyer) and G (seller) but not their joint law. On finite marginals ({@link
 * tradebounds.family.robust.program.DiscreteMarginal}, {@link tradebounds.family.robust.program.RobustGrid}):
 * <ul>
 *   <li>(a) {@link tradebounds.family.robust.program.CouplingPrograms#worstCoupling}: the worst coupling for a posted
 *       price (Sec. 5.2, Prop. 1 evaluated on a grid);</li>
 *   <li>(b) {@link tradebounds.family.robust.program.PricePrograms#maxMin}: max over randomized posted prices
 *       (Thm. 3's max-min);</li>
 *   <li>(c) {@link tradebounds.family.robust.program.CouplingPrograms#minMax}: min over couplings of the designer's best
 *       response (Thm. 4's min-max), the LP dual of (b);</li>
 *   <li>(d) {@link tradebounds.family.robust.program.MechanismPrograms#maxMin}: max-min over DSIC, ex-post IR, budget
 *       balanced grid mechanisms (the class M_D-hat of Sec. 2.3);</li>
 *   <li>(e) EXTENSION the paper does not study: min-max regret over prices and over the class of (d).</li>
 * </ul>
 * Every program is an exact rational LP; builders import {@code model} only and know nothing of solvers. They take
 * marginals, not price lists, so they are not in {@code family.fixedprice.program.ProgramCatalog}; {@link
 * tradebounds.family.robust.program.RobustCatalog} names them.
 */
package tradebounds.family.robust.program;
