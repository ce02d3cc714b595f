package newsfacts.formats.brat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import newsfacts.ingest.Utf8;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a brat folder (the .txt and .ann pairs, and a documents.csv when there is one) into the
 * scheme's tables: documents, entities, dates, quotes and relations, which {@code score} accepts
 * as gold. Every problem of every file is collected before anything is written.
 */
public final class BratImport {
  /** The input is not in the scheme: one message per problem, "file:line: ...". */
  public static final class InvalidException extends Exception {
    private final List<String> problems;

    InvalidException(List<String> problems) {
      super(problems.size() + " problem(s) in the brat folder:\n" + String.join("\n", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private BratImport() {}

  /** Reads {@code input} and writes the tables into {@code output} (created if missing). */
  public static int run(Path input, Path output, Map<String, String> labels) throws IOException, InvalidException {
    List<Path> texts;
    try (Stream<Path> files = Files.list(input)) {
      texts = files.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
    }
    List<String> problems = new ArrayList<>();
    if (texts.isEmpty()) {
      problems.add(input + ": no .txt files (a brat folder holds one .txt and one .ann per document)");
    }
    Map<String, List<String>> documentRows = documents(input, problems);
    ImportedTables tables = new ImportedTables();
    for (Path text : texts) {
      String name = text.getFileName().toString();
      String docId = name.substring(0, name.length() - 4);
      Path annFile = text.resolveSibling(docId + ".ann");
      if (!Files.isRegularFile(annFile)) {
        problems.add(annFile + ": missing; expected the .ann file beside " + name);
        continue;
      }
      String article = decode(text, problems);
      if (article == null) {
        continue;
      }
      AnnReader ann = new AnnReader(annFile.toString(), article, labels);
      ann.read(Files.readAllLines(annFile, StandardCharsets.UTF_8));
      problems.addAll(ann.problems);
      List<String> doc = documentRows.getOrDefault(docId, List.of(docId, "", "not given in the brat folder"));
      tables.add(doc, ann, problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidException(problems);
    }
    tables.write(output);
    return texts.size();
  }

  private static String decode(Path text, List<String> problems) throws IOException {
    try {
      return Utf8.decode(Files.readAllBytes(text));
    } catch (Utf8.InvalidException e) {
      problems.add(text + ": not UTF-8 (byte " + e.offset() + "); expected the article's text in UTF-8");
      return null;
    }
  }

  /** The rows (doc_id, doc_date, doc_date_evidence) of the folder's documents.csv, by doc_id. */
  private static Map<String, List<String>> documents(Path input, List<String> problems) throws IOException {
    Map<String, List<String>> rows = new HashMap<>();
    Path file = input.resolve(BratWriter.DOCUMENTS);
    if (!Files.isRegularFile(file)) {
      return rows;
    }
    String content = Files.readString(file, StandardCharsets.UTF_8);
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    try (Reader in = new java.io.StringReader(content)) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (!r.isMapped("doc_id") || !r.isMapped("doc_date") || !r.isMapped("doc_date_evidence")) {
          problems.add(file + ":1: header; expected the columns doc_id, doc_date, doc_date_evidence");
          break;
        }
        rows.put(r.get("doc_id"), List.of(r.get("doc_id"), r.get("doc_date"), r.get("doc_date_evidence")));
      }
    }
    return rows;
  }

  /** Parses "--map PER=PERSON" values. */
  public static Map<String, String> labels(List<String> mappings) {
    Map<String, String> labels = new HashMap<>();
    for (String m : mappings) {
      String[] parts = m.split("=", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException("--map " + m + ": expected FROM=TO, such as PER=PERSON");
      }
      labels.put(parts[0].trim(), parts[1].trim());
    }
    return labels;
  }

  static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return copy;
  }

  static List<String> header(String... columns) {
    return Arrays.asList(columns);
  }
}
