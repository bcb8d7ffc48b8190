package tradebounds.report;

/**
 * One picture of a claim page.
 *
 * @param svg     one inline {@code <svg>} element from {@code engine.plot}
 * @param caption what is drawn and from which file, in one or two sentences
 */
record Figure(String svg, String caption) {
}
