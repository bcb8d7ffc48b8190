/**
 * Certificates (trusted): the exact, line-oriented, versioned records a checker proves claims from, and their
 * reader (text form specified in {@code certificates/FORMAT.md}; {@code .cert.gz} is gunzipped first). {@link
 * tradebounds.cert.CertificateReader} enforces syntax, counts, name scoping and the bit budget; it does no
 * mathematics. Writing and assembling certificates is untrusted and lives in the package {@code certwrite}.
 * Imports {@code model} and {@code instance} only.
 */
package tradebounds.cert;
