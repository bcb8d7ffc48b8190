package tradebounds.engine.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plot writer's own contract: round ticks, titled axes with units, data as paths, unknown ends drawn open. */
class PlotTest {
    @Test
    void ticksAreRoundAndInsideTheAxis() {
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8), Ticks.of(0, 0.86, 8).stream()
                .map(t -> Math.round(t * 1e9) / 1e9).toList());
        List<Double> t = Ticks.of(0.7281, 0.7389, 6);
        assertTrue(t.get(0) >= 0.7281 && t.get(t.size() - 1) <= 0.7389, t.toString());
        assertEquals("0.730", Ticks.label(0.73, List.of(0.728, 0.730)));
        assertEquals("-4", Ticks.label(-4, List.of(-6.0, -4.0)));
    }

    @Test
    void aLinePlotHasTitledAxesALegendAndDataPaths() {
        String svg = new LinePlot("t", "SW over p", new Axis("price p", "value units", 0, 1), new Axis("ratio", "", 0, 1))
                .series("curve", new double[] {0, 0.5, 1}, new double[] {0, 1, 0.5}, LinePlot.Mark.LINE)
                .series("dots", new double[] {0.2}, new double[] {0.3}, LinePlot.Mark.POINTS)
                .reference("published 0.7", 0.7).highlight("sup", 0.5, 1).svg();
        assertTrue(svg.contains("<g class=\"axis x-axis\">") && svg.contains("<g class=\"axis y-axis\">"));
        assertTrue(svg.contains(">price p (value units)</text>") && svg.contains(">ratio</text>"));
        assertTrue(svg.contains("<path class=\"data line\"") && svg.contains("<path class=\"data points\""));
        assertTrue(svg.contains(">published 0.7</text>") && svg.contains("class=\"highlight\""));
        assertTrue(!svg.contains("http"), "inline SVG names no namespace URL");
        assertThrows(IllegalArgumentException.class, () -> new Axis("x", "", 1, 1));
    }

    @Test
    void anUnknownEndIsDrawnOpen() {
        String svg = new IntervalChart("b", new Axis("r", "", 0.8, 0.9)).interval("bracket", 0.861, Double.NaN)
                .level("proved", 0.85).reference("published", 0.851).svg();
        assertTrue(svg.contains("stroke-dasharray=\"4 3\"") && svg.contains("[0.861, ?]"), svg);
        assertTrue(svg.contains("<path class=\"data level\""));
        assertThrows(IllegalArgumentException.class, () -> new IntervalChart("b", new Axis("r", "", 0, 1))
                .interval("x", Double.NaN, Double.NaN));
    }

    @Test
    void aStripChartDrawsCellsOnALogAxisWithSignedColours() {
        // Cells [1e-4, 1e-3] (margin +0.01), [1e-3, 1] (+1e-6, far too small for the axis), and an outlined refuted
        // cell [0, 1e-4] (-0.02) with its point; the axis spans 1e-5 .. 1, so ticks 1e-5 .. 1 in powers of ten.
        StripChart chart = new StripChart("cells", new Axis("q", "", 1e-5, 1), true, new Axis("margin", "", -0.03, 0.02))
                .bar("a", 1e-4, 1e-3, 0.01).bar("b", 1e-3, 1, 1e-6).outline("c", 0, 1e-4, -0.02).mark("pt", 1e-12, -0.02);
        String svg = chart.svg();
        for (String tick : List.of(">1e-5<", ">1e-4<", ">1e-3<", ">1e-2<", ">1e-1<", ">1<")) {
            assertTrue(svg.contains(tick), tick);
        }
        assertTrue(svg.contains(">q, log scale</text>"));
        assertEquals(3, svg.split("<path class=\"data cell", -1).length - 1);
        assertEquals(1, svg.split("<path class=\"data mark\"", -1).length - 1);
        // Blue for a positive margin (blue channel above red), vermilion for a negative one; the largest positive
        // margin gets the full end colour #0072B2.
        String plus = chart.colour(0.01);
        String minus = chart.colour(-0.02);
        assertEquals("#0072B2", plus);
        assertTrue(Integer.parseInt(minus.substring(1, 3), 16) > Integer.parseInt(minus.substring(5, 7), 16), minus);
        // Cell b: 1e-6 on a 0.05-wide axis is 0.0065 px; it is drawn MIN_BAR px tall, upwards (above 0).
        String b = svg.substring(svg.indexOf("<title>b</title>") - 200, svg.indexOf("<title>b</title>"));
        String d = b.substring(b.lastIndexOf("d=\"M") + 4);
        String[] p = d.split("[ VHZ\"]");
        double zero = Double.parseDouble(p[1]);
        double top = Double.parseDouble(p[2]);
        assertEquals(StripChart.MIN_BAR, zero - top, 0.011);
        assertThrows(IllegalArgumentException.class, () -> new StripChart("x", new Axis("q", "", 0, 1), true,
                new Axis("m", "", 0, 1)));
    }
}
