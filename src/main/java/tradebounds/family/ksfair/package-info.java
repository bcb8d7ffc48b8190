/**
 * Everything about seed 000 (KS-fair bilateral trade, Babaioff, Feng and Manaker Morag) in one tree: {@code program}
 * (mechanism LPs), {@code preg} and {@code pmhr} (the programs P_REG and P_MHR, their covers and audits), {@link
 * tradebounds.family.ksfair.KsFairAuditor} (verdicts) and {@link tradebounds.family.ksfair.KsFairFamily} (the
 * registration). Here: closed forms of SOM, BOM, fixed
 * price and the lambda-biased ROM on finite instances ({@link tradebounds.family.ksfair.OfferMechanisms}); exact
 * certification of the Section 3 LPs of {@code family.ksfair.program} ({@link tradebounds.family.ksfair.KsFairCertifier},
 * reusing {@link tradebounds.engine.certify.GridCertifier}); rigorous enclosures of the numbers stated for Examples 5.1-5.3
 * and the introduction's uniform example ({@link tradebounds.family.ksfair.PaperExamples}, with {@link
 * tradebounds.family.ksfair.LambertW} by interval Newton); and {@link tradebounds.family.ksfair.KsFairAudit}, one entry point
 * per registry claim. {@link tradebounds.family.ksfair.ZeroSeller} solves the zero-value seller KS-fair, equitable and NSW
 * programs over price mixtures (Prop. 2.2), exactly for finite laws and rigorously for a {@link tradebounds.family.ksfair.BuyerLaw}.
 * {@link tradebounds.family.ksfair.KsFairBench} times the KS-fair LPs per solver adapter ({@code scripts/bench ksfair}).
 */
package tradebounds.family.ksfair;
