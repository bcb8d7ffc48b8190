/**
 * Mechanism LPs for Babaioff, Feng and Manaker Morag, "On the Efficiency of Fair and Truthful Trade Mechanisms"
 * (seed 000), Section 3: over a finite bilateral instance ({@link tradebounds.family.ksfair.program.DiscreteTrade}) the
 * variables are the ex-post allocation x(v,c) and payments p(v,c) (from the buyer) and p~(v,c) (to the seller);
 * the rows are BIC and IIR for both traders and ex-ante WBB (Sec. 2.1), plus KS-fairness (Def. 3.1) where asked.
 * {@link tradebounds.family.ksfair.program.MechanismSpace} holds the shared rows, {@link
 * tradebounds.family.ksfair.program.KsFairPrograms} the programs (OPT_FB, OPT_SB, Pi*, U*, GFT-optimal KS-fair, KS
 * solution, seller- and buyer-optimal KS-fair; the equitable mechanism of App. B; interim and ex-post KS-fairness
 * of App. C; weighted sums of Pi and U for the NSW frontier of Sec. 6), {@link
 * tradebounds.family.ksfair.program.KsFairCatalog} their ids.
 * Builders import {@code model} only.
 */
package tradebounds.family.ksfair.program;
