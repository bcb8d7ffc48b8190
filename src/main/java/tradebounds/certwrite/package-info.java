/**
 * Writing certificates (untrusted, outside the trusted base): {@link tradebounds.certwrite.CertificateWriter}
 * writes the canonical text of {@code certificates/FORMAT.md} atomically (gzipped for a {@code .gz} name), and
 * {@link tradebounds.certwrite.CertificateBuilder} is how solvers and searches assemble certificates. A bug here can
 * only produce a certificate that the reader or the checker rejects, never a false proof. Imports {@code model},
 * {@code instance} and {@code cert}.
 */
package tradebounds.certwrite;
