package newsfacts.formats.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsfacts.formats.Fixtures;
import newsfacts.model.ArticleResult;
import newsfacts.model.DocumentAnnotations;
import newsfacts.tables.TableSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * annotation.conf and visual.conf against brat's documented syntax (brat.nlplab.org/configuration.html):
 * the four sections, relation arguments and attribute targets that are declared types, labels and
 * drawing entries for declared names; and every .ann line we write uses only what the scheme declares.
 */
class BratConfTest {
  private static final Set<String> MACROS = Set.of("<ENTITY>", "<ANY>", "<RELATION>", "<EVENT>");
  private static final Set<String> DRAWING_DEFAULTS = Set.of("SPAN_DEFAULT", "ARC_DEFAULT", "ATTRIBUTE_DEFAULT");

  @TempDir Path folder;

  /** A parsed annotation.conf: section -> name -> role -> allowed types or values. */
  private static Map<String, Map<String, Map<String, Set<String>>>> parse(String conf) {
    Map<String, Map<String, Map<String, Set<String>>>> sections = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> current = null;
    for (String raw : conf.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.matches("\\[[a-z]+]")) {
        current = new LinkedHashMap<>();
        sections.put(line.substring(1, line.length() - 1), current);
        continue;
      }
      assertTrue(current != null, "a line before any section: " + line);
      String[] nameAndArgs = line.split("[ \t]+", 2);
      assertTrue(nameAndArgs[0].matches("<?[A-Za-z0-9_-]+>?"), "a bad name: " + line);
      Map<String, Set<String>> roles = new LinkedHashMap<>();
      if (nameAndArgs.length > 1) {
        for (String arg : nameAndArgs[1].split(",\\s*")) {
          String[] roleAndTypes = arg.split(":", 2);
          assertEquals(2, roleAndTypes.length, "an argument without role:type in: " + line);
          roles.put(roleAndTypes[0], new LinkedHashSet<>(List.of(roleAndTypes[1].split("\\|"))));
        }
      }
      current.put(nameAndArgs[0], roles);
    }
    return sections;
  }

  @Test
  void annotationConfHasBratsSectionsAndEveryArgumentIsADeclaredType() {
    var sections = parse(BratScheme.annotationConf());
    assertEquals(List.of("entities", "relations", "events", "attributes"), List.copyOf(sections.keySet()));
    Set<String> entities = sections.get("entities").keySet();
    sections.get("entities").values().forEach(args -> assertTrue(args.isEmpty(), "an entity with arguments"));
    sections.get("relations").forEach((name, roles) -> {
      if (!name.equals("<OVERLAP>")) {
        assertEquals(Set.of("Arg1", "Arg2"), roles.keySet(), name);
        roles.values().forEach(types -> types.forEach(t -> assertTrue(entities.contains(t) || MACROS.contains(t),
            name + ": undeclared argument type " + t)));
      }
    });
    Set<String> declared = new LinkedHashSet<>(entities);
    declared.addAll(sections.get("relations").keySet());
    sections.get("attributes").forEach((name, roles) -> {
      assertTrue(roles.containsKey("Arg"), name + " has no Arg");
      roles.get("Arg").forEach(t -> assertTrue(declared.contains(t) || MACROS.contains(t), name + ": " + t));
      assertTrue(roles.keySet().stream().allMatch(r -> r.equals("Arg") || r.equals("Value")), name);
    });
  }

  @Test
  void visualConfLabelsAndDrawsOnlyDeclaredNames() {
    var sections = parse(BratScheme.annotationConf());
    Set<String> names = new LinkedHashSet<>(DRAWING_DEFAULTS);
    sections.values().forEach(s -> names.addAll(s.keySet()));
    String section = null;
    List<String> seen = new ArrayList<>();
    for (String line : BratScheme.visualConf().split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.matches("\\[[a-z]+]")) {
        section = line;
        seen.add(line);
      } else if ("[labels]".equals(section)) {
        String[] parts = line.split("\\s*\\|\\s*");
        assertTrue(parts.length >= 2 && names.contains(parts[0]), "label: " + line);
      } else {
        String[] nameAndStyle = line.split("\t", 2);
        assertTrue(names.contains(nameAndStyle[0]), "drawing for an undeclared name: " + line);
        for (String style : nameAndStyle[1].split(",\\s*")) {
          assertTrue(style.matches("[A-Za-z]+:[^:]+"), "style not key:value: " + line);
        }
      }
    }
    assertEquals(List.of("[labels]", "[drawing]"), seen);
  }

  @Test
  void everyAnnLineOfTheSeedsAndTheFixtureUsesOnlyWhatTheSchemeDeclares() throws Exception {
    Path project = Path.of("").toAbsolutePath();
    List<ArticleResult> results = new ArrayList<>(List.of(Fixtures.article("a1")));
    for (DocumentAnnotations doc : TableSet.load(project.resolve("output")).documents().values()) {
      results.add(BratRoundTripTest.toResult(doc,
          Files.readString(project.resolve("seeds").resolve(doc.docId() + ".txt"), StandardCharsets.UTF_8)));
    }
    try (BratWriter brat = new BratWriter(folder)) {
      for (ArticleResult r : results) {
        brat.add(r);
      }
      brat.commit(List.of());
    }
    var conf = parse(Files.readString(folder.resolve(BratWriter.FOLDER).resolve("annotation.conf")));
    for (ArticleResult r : results) {
      String ann = Files.readString(folder.resolve(BratWriter.FOLDER).resolve(r.document().docId() + ".ann"));
      checkAnn(conf, ann);
    }
  }

  private static void checkAnn(Map<String, Map<String, Map<String, Set<String>>>> conf, String ann) {
    Map<String, String> typeOf = new HashMap<>();
    for (String line : ann.split("\n")) {
      String[] f = line.split("\t");
      String[] head = f[1].split(" ");
      switch (f[0].charAt(0)) {
        case 'T' -> {
          assertTrue(conf.get("entities").containsKey(head[0]), line);
          typeOf.put(f[0], head[0]);
        }
        case 'R' -> {
          Map<String, Set<String>> roles = conf.get("relations").get(head[0]);
          assertTrue(roles != null, line);
          for (int i = 1; i <= 2; i++) {
            String target = head[i].substring(head[i].indexOf(':') + 1);
            assertTrue(roles.get("Arg" + i).contains(typeOf.get(target)), line);
          }
          typeOf.put(f[0], head[0]);
        }
        case 'A' -> {
          Map<String, Set<String>> roles = conf.get("attributes").get(head[0]);
          assertTrue(roles != null && roles.get("Arg").contains(typeOf.get(head[1])), line);
          assertTrue(roles.get("Value").contains(head[2]), line);
        }
        case '#' -> assertTrue(head[0].equals(BratScheme.NOTES) && typeOf.containsKey(head[1]), line);
        default -> throw new AssertionError("an unknown line: " + line);
      }
    }
  }
}
