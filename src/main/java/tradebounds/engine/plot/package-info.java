/**
 * A small SVG writer for the report's pictures: line and step plots, scatter, horizontal interval charts, with
 * axes, ticks, labels, units and a legend. It takes doubles and draws them; nothing here is evidence, and no
 * package of the trusted base reads its output. It names no paper: the report decides what to draw.
 *
 * <p>Every picture is one {@code <svg>} element whose axes are {@code <g class="axis x-axis">} and
 * {@code <g class="axis y-axis">} and whose data are {@code <path class="data ...">} elements, so a test (or a
 * reader's stylesheet) can find them without knowing the geometry.
 */
package tradebounds.engine.plot;
