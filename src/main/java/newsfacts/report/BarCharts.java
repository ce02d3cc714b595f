package newsfacts.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Lays out the index's charts from the rows of scores.csv. */
final class BarCharts {
  /** The layer and metric of each chart, in page order: the headline figures of the console summary. */
  static final List<String[]> CHARTS = List.of(
      new String[] {"entities", "strict"}, new String[] {"dates", "value"}, new String[] {"dates", "relaxed"},
      new String[] {"quotes", "span_0.3"}, new String[] {"quotes", "end_to_end_0.3"},
      new String[] {"relations", "triple"});

  private static final String[] MEASURES = {"precision", "recall", "f1"};
  private static final String[] MEASURE_CSS = {"m-p", "m-r", "m-f"};
  /** Room for the type labels: about 6.5 pixels a character at the labels' 11 px. */
  private static final double CHAR_WIDTH = 6.5;
  private static final int PLOT_WIDTH = 300;
  private static final int VALUE_WIDTH = 44;
  private static final int BAR = 6;
  private static final int GAP = 8;
  private static final int TOP = 4;
  private static final int AXIS = 18;

  /** One row of scores.csv: the text of each column by name. */
  record ScoreLine(Map<String, String> cells) {
    String get(String column) {
      return cells.getOrDefault(column, "");
    }
  }

  private BarCharts() {}

  static List<String> systems(List<ScoreLine> lines) {
    Set<String> systems = new LinkedHashSet<>();
    lines.forEach(l -> systems.add(l.get("system")));
    return List.copyOf(systems);
  }

  static List<BarChart> charts(List<ScoreLine> lines) {
    List<String> systems = systems(lines);
    List<BarChart> charts = new ArrayList<>();
    for (String[] chart : CHARTS) {
      Map<String, Map<String, ScoreLine>> byType = new LinkedHashMap<>();
      for (ScoreLine l : lines) {
        if (l.get("layer").equals(chart[0]) && l.get("metric").equals(chart[1])) {
          byType.computeIfAbsent(l.get("type"), t -> new LinkedHashMap<>()).put(l.get("system"), l);
        }
      }
      if (!byType.isEmpty()) {
        charts.add(chart(chart[0] + " · " + chart[1], byType, systems));
      }
    }
    return charts;
  }

  private static BarChart chart(String title, Map<String, Map<String, ScoreLine>> byType, List<String> systems) {
    int left = (int) Math.max(60, 12 + CHAR_WIDTH * byType.keySet().stream().mapToInt(String::length).max().orElse(0));
    int groupHeight = systems.size() * MEASURES.length * BAR + GAP;
    int height = TOP + byType.size() * groupHeight + AXIS;
    List<BarChart.Bar> bars = new ArrayList<>();
    List<BarChart.Text> labels = new ArrayList<>();
    List<BarChart.Whisker> whiskers = new ArrayList<>();
    int y = TOP;
    for (Map.Entry<String, Map<String, ScoreLine>> type : byType.entrySet()) {
      labels.add(new BarChart.Text(left - 6, y + (groupHeight - GAP) / 2.0 + 4, type.getKey(), "end", "type"));
      for (int s = 0; s < systems.size(); s++) {
        ScoreLine line = type.getValue().get(systems.get(s));
        for (int m = 0; m < MEASURES.length; m++) {
          int barY = y + (s * MEASURES.length + m) * BAR;
          if (line == null) {
            continue;
          }
          String value = line.get(MEASURES[m]);
          String tip = systems.get(s) + " · " + type.getKey() + " · " + MEASURES[m] + " " + (value.isEmpty() ? "undefined" : value);
          bars.add(new BarChart.Bar(left, barY, x(left, value) - left, BAR - 1, MEASURE_CSS[m] + " s" + s, tip));
          if (m == MEASURES.length - 1) {
            labels.add(new BarChart.Text(left + PLOT_WIDTH + VALUE_WIDTH - 2, barY + BAR, shortValue(value), "end",
                "value s" + s));
            addWhisker(left, line, systems.get(s) + " · " + type.getKey(), barY + (BAR - 1) / 2.0, whiskers);
          }
        }
      }
      y += groupHeight;
    }
    return new BarChart(title, left + PLOT_WIDTH + VALUE_WIDTH, height, bars, labels, whiskers, grid(left, height));
  }

  private static void addWhisker(int left, ScoreLine line, String what, double y, List<BarChart.Whisker> out) {
    String low = line.get("ci_low");
    String high = line.get("ci_high");
    if (!low.isEmpty() && !high.isEmpty()) {
      out.add(new BarChart.Whisker(x(left, low), x(left, high), y, what + " · F1 95% interval [" + low + ", " + high + "]"));
    }
  }

  private static List<BarChart.Grid> grid(int left, int height) {
    List<BarChart.Grid> grid = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      double value = i / 4.0;
      grid.add(new BarChart.Grid(left + value * PLOT_WIDTH, TOP, height - AXIS + 2,
          String.format(Locale.ROOT, "%.2f", value)));
    }
    return grid;
  }

  /** The x of a ratio written in scores.csv; an empty ratio (undefined) draws no length. */
  private static double x(int left, String ratio) {
    double value = ratio.isEmpty() ? 0 : Math.max(0, Math.min(1, Double.parseDouble(ratio)));
    return Math.round((left + value * PLOT_WIDTH) * 10) / 10.0;
  }

  private static String shortValue(String ratio) {
    return ratio.isEmpty() ? "–" : String.format(Locale.ROOT, "%.2f", Double.parseDouble(ratio));
  }
}
