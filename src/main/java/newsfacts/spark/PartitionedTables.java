package newsfacts.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsfacts.app.BatchRunner;
import newsfacts.model.ArticleResult;
import newsfacts.model.Failure;
import newsfacts.tables.ArticleRows;
import newsfacts.tables.TableWriter;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The article tables written by the executors, a folder per table and a file per partition, in
 * the order of the merged tables: partition 3's file holds the rows that come after partition 2's.
 * CSV parts are written by the tool's own table writer, so each part is a table in the format of
 * the merged CSV (header, quoting, formula guard); Parquet goes through Spark's writer, with
 * offsets and counts as integers and the confidence as a double. Part files are renamed to their
 * partition number ("part-00003.parquet"), so the same input gives the same names.
 *
 * <p>Both need an output folder every executor sees (local mode, or a mount shared by the cluster).
 */
final class PartitionedTables {
  private static final Pattern SPARK_PART = Pattern.compile("part-(\\d{5})-.*?(\\.[a-z]+)?\\.parquet");

  private PartitionedTables() {}

  /** A table's folder name: "entities" for entities.csv. */
  static String tableName(String fileName) {
    return fileName.substring(0, fileName.length() - ".csv".length());
  }

  /** Writes partition {@code index}'s rows of every article table as CSV parts; returns nothing. */
  static void writeCsvParts(JavaRDD<byte[]> articles, Path folder, boolean neutralise) {
    String root = folder.toAbsolutePath().toString();
    articles.foreachPartition(new CsvPartWriter(root, neutralise));
  }

  /** Writes every article table as a Parquet dataset. */
  static void writeParquet(SparkSession spark, JavaRDD<byte[]> articles, Path folder) {
    // Each article is decoded and turned into rows once, kept, and each table's write filters them.
    JavaPairRDD<String, Row> rows = articles.flatMapToPair(bytes -> typedRows(bytes).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      for (String table : ArticleRows.ARTICLE_TABLES) {
        Path target = folder.resolve(tableName(table));
        spark.createDataFrame(rows.filter(row -> row._1().equals(table)).values(), schema(table))
            .write().mode(SaveMode.ErrorIfExists).parquet(target.toUri().toString());
        renameParts(target);
      }
    } finally {
      rows.unpersist(false);
    }
  }

  static StructType schema(String table) {
    List<StructField> fields = new ArrayList<>();
    for (String column : ArticleRows.header(table)) {
      fields.add(DataTypes.createStructField(column, typeOf(column), false));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType typeOf(String column) {
    if (column.equals("confidence")) {
      return DataTypes.DoubleType;
    }
    return ArticleRows.NUMBER_COLUMNS.contains(column) ? DataTypes.IntegerType : DataTypes.StringType;
  }

  /** The article's rows of every table, typed, each with its table's file name. */
  private static List<Tuple2<String, Row>> typedRows(byte[] outcome) {
    ArticleResult result = ResultCodec.decode(outcome).result();
    List<Tuple2<String, Row>> rows = new ArrayList<>();
    ArticleRows.of(result).forEach((table, tableRows) -> {
      List<String> header = ArticleRows.header(table);
      for (List<Object> cells : tableRows) {
        Object[] values = new Object[cells.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = typed(header.get(i), cells.get(i));
        }
        rows.add(new Tuple2<>(table, RowFactory.create(values)));
      }
    });
    return rows;
  }

  private static Object typed(String column, Object cell) {
    DataType type = typeOf(column);
    if (type == DataTypes.DoubleType) {
      return Double.valueOf(cell.toString());
    }
    if (type == DataTypes.IntegerType) {
      return cell instanceof Integer i ? i : Integer.valueOf(cell.toString());
    }
    return cell == null ? "" : cell.toString();
  }

  /** failures.csv beside the table folders, as the merged layout writes it. */
  static void writeFailures(List<Failure> failures, Path folder, boolean neutralise) throws IOException {
    try (TableWriter writer = new TableWriter(folder.resolve("failures.csv"), ArticleRows.header("failures.csv"), neutralise)) {
      ArticleRows.failures(failures).forEach(writer::row);
      writer.commit();
    }
  }

  /** Spark's "part-00003-<job uuid>-c000.snappy.parquet" becomes "part-00003.parquet"; checksums and markers go. */
  private static void renameParts(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        Matcher part = SPARK_PART.matcher(name);
        if (part.matches()) {
          Files.move(file, folder.resolve("part-" + part.group(1) + ".parquet"));
        } else if (name.endsWith(".crc") || name.equals("_SUCCESS")) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot name the parts in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** On an executor: one CSV file per article table for the partition it is given. */
  private record CsvPartWriter(String root, boolean neutralise)
      implements org.apache.spark.api.java.function.VoidFunction<Iterator<byte[]>>, Serializable {
    @Override
    public void call(Iterator<byte[]> outcomes) throws IOException {
      int partition = org.apache.spark.TaskContext.getPartitionId();
      Map<String, TableWriter> writers = new LinkedHashMap<>();
      try {
        for (String table : ArticleRows.ARTICLE_TABLES) {
          Path folder = Files.createDirectories(Path.of(root, tableName(table)));
          Path part = folder.resolve(String.format(Locale.ROOT, "part-%05d.csv", partition));
          writers.put(table, new TableWriter(part, ArticleRows.header(table), neutralise));
        }
        while (outcomes.hasNext()) {
          BatchRunner.Outcome outcome = ResultCodec.decode(outcomes.next());
          ArticleRows.of(outcome.result()).forEach((table, rows) -> rows.forEach(writers.get(table)::row));
        }
        for (TableWriter writer : writers.values()) {
          writer.commit();
        }
      } finally {
        for (TableWriter writer : writers.values()) {
          writer.close();
        }
      }
    }
  }
}
