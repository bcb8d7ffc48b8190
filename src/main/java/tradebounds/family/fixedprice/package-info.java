/**
 * Everything about seed 003 (fixed-price mechanisms for single and multi-unit bilateral trade: Cai-Wu and
 * Gerstgrasser-Dutting-Kesselheim) in one tree: {@code program} (the QCP builders and price lists), {@code search}
 * (witness searches, falsifiers, repairs), {@code audit} (printed readings, evidence and verdicts), and the
 * registration {@link tradebounds.family.fixedprice.FixedPriceFamily}. Imports core and engine, never another family.
 */
package tradebounds.family.fixedprice;
