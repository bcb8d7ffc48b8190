/**
 * The command line: {@code audit}, {@code check}, {@code solve}, {@code eval}, {@code compare}. Parses options,
 * maps every input error to one line and exit code 2, renders tables and {@code --json}. Nothing imports it.
 */
package tradebounds.cli;
