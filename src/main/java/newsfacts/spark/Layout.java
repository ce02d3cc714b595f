package newsfacts.spark;

import java.util.Locale;
import picocli.CommandLine;

/**
 * How a Spark run lays out its article tables: merged by the driver into one CSV per table (as the
 * single-machine tool), or written by the executors as a folder per table with one file per
 * partition, CSV or Parquet, for outputs too large to pass through one machine.
 */
enum Layout {
  MERGED(""),
  CSV_PARTS("parts"),
  PARQUET("parquet");

  private final String folder;

  Layout(String folder) {
    this.folder = folder;
  }

  /** The output folder holding a folder per table ("parts/entities/part-00003.csv"). */
  String folder() {
    return folder;
  }

  /** Parses a --layout value: merged, csv-parts or parquet. */
  static Layout parse(String value) {
    for (Layout layout : values()) {
      if (layout.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(value)) {
        return layout;
      }
    }
    throw new IllegalArgumentException("unknown layout '" + value + "' (merged, csv-parts, parquet)");
  }

  /** Parses one --layout value for picocli. */
  static final class Converter implements CommandLine.ITypeConverter<Layout> {
    @Override
    public Layout convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
