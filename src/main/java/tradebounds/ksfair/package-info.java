/**
 * KS-fair bilateral trade (Babaioff, Feng and Manaker Morag, seed 000) in the tool: closed forms of SOM, BOM, fixed
 * price and the lambda-biased ROM on finite instances ({@link tradebounds.ksfair.OfferMechanisms}); exact
 * certification of the Section 3 LPs of {@code programs.ksfair} ({@link tradebounds.ksfair.KsFairCertifier},
 * reusing {@link tradebounds.robust.GridCertifier}); rigorous enclosures of the numbers stated for Examples 5.1-5.3
 * and the introduction's uniform example ({@link tradebounds.ksfair.PaperExamples}, with {@link
 * tradebounds.ksfair.LambertW} by interval Newton); and {@link tradebounds.ksfair.KsFairAudit}, one entry point
 * per registry claim. {@link tradebounds.ksfair.ZeroSeller} solves the zero-value seller KS-fair, equitable and NSW
 * programs over price mixtures (Prop. 2.2), exactly for finite laws and rigorously for a {@link tradebounds.ksfair.BuyerLaw}.
 * {@link tradebounds.ksfair.KsFairBench} times the KS-fair LPs per solver adapter ({@code scripts/bench ksfair}).
 */
package tradebounds.ksfair;
