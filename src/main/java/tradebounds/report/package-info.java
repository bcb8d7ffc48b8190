/**
 * {@code tradebounds report}: the audit as a static site a researcher opens from the file system. It reads the
 * audit's JSON rows, looks each claim up in the registry for its family and kind, and draws the pictures the data
 * allow with {@code engine.plot}. Untrusted and read-only: it draws from stored certificates in doubles and never
 * re-proves anything; {@code tradebounds check} does that.
 */
package tradebounds.report;
