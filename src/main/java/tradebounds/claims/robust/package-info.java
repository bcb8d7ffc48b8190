/**
 * The audit of Malik's robust posted-price claims (seed 004): one run of {@link tradebounds.robust.RobustAudit}
 * per audit serves all four registry entries. The paper's theorems are about atomless continuous marginals; the
 * tool certifies their finite-grid analogues exactly, which is evidence about the theorems, not a proof of them.
 */
package tradebounds.claims.robust;
