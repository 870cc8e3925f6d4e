package dev.intimacy.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a radar chart of POMP scores, ready for an SVG template.
 *
 * <p>The chart is {@value #WIDTH} by {@value #HEIGHT} user units with its centre at ({@value #CENTRE_X}, {@value
 * #CENTRE_Y}). Axis {@code i} of {@code n} points at the angle {@code θᵢ = −90° + i·360°/n}: the first axis
 * points straight up and the others follow clockwise. A POMP {@code p} in [0, 100] lies on its axis at the
 * radius {@code r = R·p/100} with {@code R =} {@value #RADIUS}, so the point is {@code (cx + r·cos θᵢ, cy +
 * r·sin θᵢ)} (SVG's y axis points down). Grid rings are drawn at 25, 50, 75 and 100. Coordinates are written
 * with two decimals.
 *
 * <p>A series whose every score is present is drawn as a closed polygon through its points; a series with a
 * missing score (an insufficient dimension) is drawn as dots only, at its present scores, so the chart never
 * shows a value that was not measured. The text table beside the chart says which scores are missing.
 */
public final class RadarChart {
    /** The width of the chart, in SVG user units. */
    public static final int WIDTH = 760;

    /** The height of the chart, in SVG user units. */
    public static final int HEIGHT = 420;

    /** The x of the centre. */
    public static final int CENTRE_X = 380;

    /** The y of the centre. */
    public static final int CENTRE_Y = 210;

    /** The radius of POMP 100. */
    public static final int RADIUS = 150;

    private static final int LABEL_GAP = 18;

    /**
     * One series to plot, for example one partner.
     *
     * @param label the series' name, shown in the legend
     * @param pomp one score per axis, {@code NaN} where it is missing
     */
    public record Series(String label, List<Double> pomp) {
        /**
         * Creates a series.
         *
         * @param label the series' name
         * @param pomp one score per axis; copied
         */
        public Series {
            pomp = List.copyOf(pomp);
        }
    }

    /**
     * A grid ring.
     *
     * @param level the POMP it marks
     * @param points the polygon's points, {@code "x,y x,y …"}
     */
    public record Ring(int level, String points) {}

    /**
     * An axis, from the centre to POMP 100, with its label.
     *
     * @param x the x of its outer end
     * @param y the y of its outer end
     * @param labelX the x of its label
     * @param labelY the y of its label
     * @param anchor the label's SVG {@code text-anchor}: start, middle or end
     * @param label the label's text
     */
    public record Axis(String x, String y, String labelX, String labelY, String anchor, String label) {}

    /**
     * A plotted point.
     *
     * @param x its x
     * @param y its y
     * @param title its tooltip, for example {@code Trust & safety: 75}
     */
    public record Dot(String x, String y, String title) {}

    /**
     * A plotted series.
     *
     * @param index its position, 1-based; the template styles series by it
     * @param label its name
     * @param complete whether every score is present, so that the polygon is drawn
     * @param points the polygon's points, {@code "x,y x,y …"}, when complete; otherwise empty
     * @param dots the points of the present scores
     */
    public record Plot(int index, String label, boolean complete, String points, List<Dot> dots) {}

    private final List<Ring> rings;
    private final List<Axis> axes;
    private final List<Plot> plots;

    private RadarChart(List<Ring> rings, List<Axis> axes, List<Plot> plots) {
        this.rings = rings;
        this.axes = axes;
        this.plots = plots;
    }

    /**
     * Lays out a chart.
     *
     * @param axisLabels one label per axis, at least 3
     * @param series the series, each with one score per axis
     * @return the chart
     * @throws IllegalArgumentException when there are fewer than 3 axes or a series has another number of scores
     */
    public static RadarChart of(List<String> axisLabels, List<Series> series) {
        int n = axisLabels.size();
        if (n < 3) {
            throw new IllegalArgumentException("a radar chart needs at least 3 axes, not " + n);
        }
        List<Ring> rings = new ArrayList<>();
        for (int level : new int[] {25, 50, 75, 100}) {
            List<String> pts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double[] p = point(i, n, level);
                pts.add(coordinate(p[0]) + "," + coordinate(p[1]));
            }
            rings.add(new Ring(level, String.join(" ", pts)));
        }
        List<Axis> axes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] end = point(i, n, 100);
            double angle = angle(i, n);
            double lx = CENTRE_X + (RADIUS + LABEL_GAP) * Math.cos(angle);
            double ly = CENTRE_Y + (RADIUS + LABEL_GAP) * Math.sin(angle) + 4;
            double cos = Math.cos(angle);
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            axes.add(new Axis(
                    coordinate(end[0]), coordinate(end[1]), coordinate(lx), coordinate(ly), anchor, axisLabels.get(i)));
        }
        List<Plot> plots = new ArrayList<>();
        int index = 1;
        for (Series s : series) {
            if (s.pomp().size() != n) {
                throw new IllegalArgumentException(
                        "series " + s.label() + " has " + s.pomp().size() + " scores for " + n + " axes");
            }
            List<String> pts = new ArrayList<>();
            List<Dot> dots = new ArrayList<>();
            boolean complete = true;
            for (int i = 0; i < n; i++) {
                double v = s.pomp().get(i);
                if (Double.isNaN(v)) {
                    complete = false;
                    continue;
                }
                double[] p = point(i, n, v);
                pts.add(coordinate(p[0]) + "," + coordinate(p[1]));
                dots.add(new Dot(
                        coordinate(p[0]),
                        coordinate(p[1]),
                        s.label() + " — " + axisLabels.get(i) + ": " + Math.round(v)));
            }
            plots.add(new Plot(index++, s.label(), complete, complete ? String.join(" ", pts) : "", dots));
        }
        return new RadarChart(List.copyOf(rings), List.copyOf(axes), List.copyOf(plots));
    }

    /**
     * Returns where a score lies: {@code (cx + r·cos θᵢ, cy + r·sin θᵢ)} with {@code r = R·pomp/100} and {@code
     * θᵢ = −90° + i·360°/n}.
     *
     * @param axis the axis index, from 0
     * @param axes the number of axes
     * @param pomp the score, clamped to [0, 100]
     * @return {@code {x, y}}
     */
    public static double[] point(int axis, int axes, double pomp) {
        double r = RADIUS * Math.max(0, Math.min(100, pomp)) / 100.0;
        double a = angle(axis, axes);
        return new double[] {CENTRE_X + r * Math.cos(a), CENTRE_Y + r * Math.sin(a)};
    }

    private static double angle(int axis, int axes) {
        return Math.toRadians(-90 + 360.0 * axis / axes);
    }

    /**
     * Formats a coordinate as the chart writes it: two decimals, a dot as decimal mark.
     *
     * @param value the coordinate
     * @return for example {@code 280.00}
     */
    public static String coordinate(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        return s.equals("-0.00") ? "0.00" : s;
    }

    /** Returns the grid rings, inner first. */
    public List<Ring> rings() {
        return rings;
    }

    /** Returns the axes, in order. */
    public List<Axis> axes() {
        return axes;
    }

    /** Returns the plotted series, in order. */
    public List<Plot> plots() {
        return plots;
    }

    /** Returns the width, for the template. */
    public int width() {
        return WIDTH;
    }

    /** Returns the height, for the template. */
    public int height() {
        return HEIGHT;
    }

    /** Returns the x of the centre, for the template. */
    public int centreX() {
        return CENTRE_X;
    }

    /** Returns the y of the centre, for the template. */
    public int centreY() {
        return CENTRE_Y;
    }
}
