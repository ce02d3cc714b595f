package newsfacts.formats.brat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsfacts.tables.CodePoints;

/**
 * Reads one .ann file against its text, checking every line against the scheme in brat
 * ({@link BratScheme}); each problem is one message "file:line: what was found, what was
 * expected". Labels are renamed by the mapping first (PER=PERSON).
 */
final class AnnReader {
  /** A text-bound annotation: type, code point span covering its fragments, line number. */
  record TextBound(String id, String type, int start, int end, String text, int line) {}

  record Relation(String id, String type, String arg1, String arg2, int line) {}

  final Map<String, TextBound> textBounds = new LinkedHashMap<>();
  final Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
  final List<Relation> relations = new ArrayList<>();
  /** Notes by target id, key to value. */
  final Map<String, Map<String, String>> notes = new LinkedHashMap<>();
  final List<String> problems = new ArrayList<>();

  private final String file;
  private final CodePoints offsets;
  private final Map<String, String> labels;
  private final Set<String> textBoundTypes = new HashSet<>(BratScheme.textBoundTypes());
  private final Set<String> relationTypes = new HashSet<>(BratScheme.relationTypes());

  AnnReader(String file, String text, Map<String, String> labels) {
    this.file = file;
    this.offsets = CodePoints.of(text);
    this.labels = labels;
    relationTypes.add(BratScheme.HAS_SOURCE);
    relationTypes.add(BratScheme.HAS_CUE);
  }

  void read(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int n = i + 1;
      switch (line.charAt(0)) {
        case 'T' -> textBound(line, n);
        case 'A', 'M' -> attribute(line, n);
        case 'R' -> relation(line, n);
        case '#' -> note(line, n);
        default -> problem(n, kind(line.charAt(0)) + " line, which the scheme does not use",
            "text-bound (T), attribute (A), relation (R) or note (#) lines");
      }
    }
    checkReferences();
  }

  private static String kind(char c) {
    return switch (c) {
      case 'E' -> "an event (E)";
      case '*' -> "an equivalence (*)";
      case 'N' -> "a normalization (N)";
      default -> "a '" + c + "'";
    };
  }

  private String label(String name) {
    return labels.getOrDefault(name, name);
  }

  private void textBound(String line, int n) {
    String[] fields = line.split("\t", 3);
    if (fields.length < 3) {
      problem(n, "'" + line + "'", "ID<TAB>TYPE START END<TAB>TEXT");
      return;
    }
    int space = fields[1].indexOf(' ');
    String type = label(space < 0 ? fields[1] : fields[1].substring(0, space));
    if (!textBoundTypes.contains(type)) {
      problem(n, "unknown type '" + type + "'", "one of " + String.join(", ", BratScheme.textBoundTypes())
          + " (rename a label with --map " + type + "=TYPE)");
      return;
    }
    List<String> covered = new ArrayList<>();
    int start = Integer.MAX_VALUE;
    int end = -1;
    try {
      for (String fragment : fields[1].substring(space + 1).split(";")) {
        String[] ends = fragment.trim().split(" ");
        int s = Integer.parseInt(ends[0]);
        int e = Integer.parseInt(ends[1]);
        if (s < 0 || e < s || e > offsets.length()) {
          problem(n, "span " + s + "-" + e, "offsets within the text (0 to " + offsets.length() + " code points)");
          return;
        }
        covered.add(offsets.slice(s, e));
        start = Math.min(start, s);
        end = Math.max(end, e);
      }
    } catch (RuntimeException e) {
      problem(n, "offsets '" + fields[1] + "'", "TYPE START END, fragments separated by ';'");
      return;
    }
    if (!String.join(" ", covered).equals(fields[2])) {
      problem(n, "text '" + fields[2] + "'", "the text at its offsets, '" + String.join(" ", covered) + "'");
      return;
    }
    textBounds.put(fields[0], new TextBound(fields[0], type, start, end, offsets.slice(start, end), n));
  }

  private void attribute(String line, int n) {
    String[] fields = line.split("\t", 2);
    String[] parts = fields.length < 2 ? new String[0] : fields[1].split(" ");
    if (parts.length != 3) {
      problem(n, "'" + line + "'", "ID<TAB>NAME TARGET VALUE");
      return;
    }
    String name = label(parts[0]);
    if (!name.equals(BratScheme.SUBTYPE) && !name.equals(BratScheme.KIND)) {
      problem(n, "attribute '" + name + "'", BratScheme.SUBTYPE + " (of LOCATION) or " + BratScheme.KIND + " (of Quote)");
      return;
    }
    attributes.computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put(name, label(parts[2]));
    attributeLines.put(parts[1] + " " + name, n);
  }

  final Map<String, Integer> attributeLines = new LinkedHashMap<>();

  private void relation(String line, int n) {
    String[] fields = line.split("\t");
    String[] parts = fields.length < 2 ? new String[0] : fields[1].trim().split(" ");
    if (parts.length != 3 || !parts[1].startsWith("Arg1:") || !parts[2].startsWith("Arg2:")) {
      problem(n, "'" + line + "'", "ID<TAB>TYPE Arg1:ID Arg2:ID");
      return;
    }
    String type = label(parts[0]).replace(':', '_');
    if (!relationTypes.contains(type)) {
      problem(n, "unknown relation '" + parts[0] + "'", "a TAC KBP slot (per_title, org_member_of, ...), "
          + BratScheme.HAS_SOURCE + " or " + BratScheme.HAS_CUE + " (rename with --map " + parts[0] + "=NAME)");
      return;
    }
    relations.add(new Relation(fields[0], type, parts[1].substring(5), parts[2].substring(5), n));
  }

  private void note(String line, int n) {
    String[] fields = line.split("\t", 3);
    String[] head = fields.length < 3 ? new String[0] : fields[1].split(" ");
    if (head.length != 2 || !head[0].equals(BratScheme.NOTES)) {
      problem(n, "'" + line + "'", "#ID<TAB>AnnotatorNotes TARGET<TAB>key=value");
      return;
    }
    int eq = fields[2].indexOf('=');
    if (eq <= 0) {
      // A note an annotator wrote for people: kept out of the tables.
      return;
    }
    notes.computeIfAbsent(head[1], k -> new LinkedHashMap<>())
        .put(fields[2].substring(0, eq).trim(), BratScheme.unescape(fields[2].substring(eq + 1)));
  }

  private void checkReferences() {
    for (Relation r : relations) {
      for (String arg : List.of(r.arg1(), r.arg2())) {
        if (!textBounds.containsKey(arg)) {
          problem(r.line(), "argument " + arg, "the id of a text-bound annotation (T) of this file");
        }
      }
    }
    attributes.forEach((target, values) -> values.forEach((name, value) -> {
      int line = attributeLines.get(target + " " + name);
      TextBound t = textBounds.get(target);
      String expected = name.equals(BratScheme.SUBTYPE) ? "LOCATION" : BratScheme.QUOTE;
      if (t == null || !t.type().equals(expected)) {
        problem(line, name + " on " + target, "an attribute of a " + expected + " annotation");
      }
    }));
  }

  String problemsFile() {
    return file;
  }

  void problem(int line, String found, String expected) {
    problems.add(file + ":" + line + ": " + found + "; expected " + expected);
  }
}
