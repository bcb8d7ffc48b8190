/**
 * Certificates: the exact, line-oriented, versioned records a checker proves claims from, and their text form
 * (specified in {@code certificates/FORMAT.md}). {@link tradebounds.cert.CertificateReader} enforces syntax,
 * counts, name scoping and the bit budget; it does no mathematics. {@link tradebounds.cert.CertificateWriter}
 * writes the canonical form atomically. {@link tradebounds.cert.CertificateBuilder} is how solvers and searches
 * assemble certificates. Imports {@code model} and {@code instance} only.
 */
package tradebounds.cert;
