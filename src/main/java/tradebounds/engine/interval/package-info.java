/**
 * Outward-rounded interval arithmetic shared by the families ({@link tradebounds.engine.interval.Interval}, 40
 * decimal digits). Untrusted in the checker's sense: intervals produce candidate enclosures that the families use
 * for rigorous statements about closed forms; certificates are still judged by {@code check}.
 */
package tradebounds.engine.interval;
