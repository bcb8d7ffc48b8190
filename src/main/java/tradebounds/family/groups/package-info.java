/**
 * Seed 002 (Xu, Zhang &amp; Conitzer, non-excludable bilateral trade between groups) as one family: Table 1 as
 * printed ({@link tradebounds.family.groups.Table1}), its evaluation under every reading
 * ({@link tradebounds.family.groups.Table1Audit}), the generated findings report and the registry auditor
 * ({@link tradebounds.family.groups.GroupsFamilyAuditor}). Sub-packages: {@code mechanism} (model and
 * Algorithm 1), {@code exact} (exact values and rigorous enclosures), {@code montecarlo} (seeded, shardable
 * simulation).
 */
package tradebounds.family.groups;
