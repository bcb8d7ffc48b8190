/**
 * Progress of long runs for the one-line display on a terminal ({@link tradebounds.engine.progress.Progress}): loops
 * report, the command decides whether anyone sees it. Names no paper and no command.
 */
package tradebounds.engine.progress;
