/**
 * The ojAlgo adapter: an independent pure-Java LP solver with no native code. It takes linear models only;
 * see {@link tradebounds.solve.ojalgo.OjalgoAdapter} for why bilinear models and ojAlgo's duals are refused.
 */
package tradebounds.solve.ojalgo;
