package newsfacts.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import newsfacts.config.Settings;
import newsfacts.formats.Format;
import newsfacts.report.ReportSink;
import newsfacts.tables.ArticleSink;

/** The outputs of a run (one sink per table format, and the HTML review), opened and closed together. */
public final class RunSinks {
  private RunSinks() {}

  /** The outputs of a run, each writing into the staging folder. */
  public static List<ArticleSink> open(Settings settings, Collection<Format> formats, Optional<Path> gold,
      Path staging) throws IOException {
    List<ArticleSink> sinks = new ArrayList<>();
    try {
      for (Format format : new LinkedHashSet<>(formats)) {
        sinks.add(format.open(staging, settings.neutraliseCells()));
      }
      sinks.add(ReportSink.open(staging, gold, settings.neutraliseCells()));
    } catch (IOException | RuntimeException e) {
      closeAll(sinks);
      throw e;
    }
    return sinks;
  }

  /** Closes every sink, even when one fails; throws the first failure. */
  static void closeAll(List<ArticleSink> sinks) throws IOException {
    IOException first = null;
    for (ArticleSink sink : sinks) {
      try {
        sink.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
