package newsfacts.report;

import java.util.List;

/**
 * One inline SVG chart of a layer's metric: per type, precision, recall and F1 of each system as
 * horizontal bars, F1 with its 95% interval as a whisker. Coordinates are computed here so the
 * template only draws.
 */
public record BarChart(String title, int width, int height, List<Bar> bars, List<Text> labels, List<Whisker> whiskers,
    List<Grid> grid) {

  /** A bar; {@code css} names the measure and the system (colours come from the style sheet). */
  public record Bar(double x, double y, double width, double height, String css, String title) {}

  public record Text(double x, double y, String text, String anchor, String css) {}

  public record Whisker(double x1, double x2, double y, String title) {}

  public record Grid(double x, double top, double bottom, String label) {}
}
