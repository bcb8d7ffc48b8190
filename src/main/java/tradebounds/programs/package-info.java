/**
 * Program builders, one subpackage per paper family ({@code fixedprice}: seed 003), and the catalog that names
 * them. Builders import {@code model} only and know nothing about solvers.
 */
package tradebounds.programs;
