package newsfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** General-English word lists used by the quote and relation rules (src/main/resources/newsfacts). */
public final class Lexicon {
  /** Reporting verbs whose content is a to-infinitive: "vowed to", "urged X to". */
  public static final Set<String> INFINITIVE_VERBS =
      Set.of("vow", "pledge", "promise", "urge", "advise", "call", "ask", "threaten", "swear", "warn", "encourage");

  /** CoreNLP's list of adjectival forms of place names, a data file of its models jar. */
  private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";

  public final Set<String> reportingVerbs;
  public final Set<String> documentNouns;
  public final Set<String> organizationNouns;
  private final Map<String, String> demonyms;

  private Lexicon(Set<String> reportingVerbs, Set<String> documentNouns, Set<String> organizationNouns,
      Map<String, String> demonyms) {
    this.reportingVerbs = Set.copyOf(reportingVerbs);
    this.documentNouns = Set.copyOf(documentNouns);
    this.organizationNouns = Set.copyOf(organizationNouns);
    this.demonyms = Map.copyOf(demonyms);
  }

  /** Nationality adjectives and demonyms mapped to their place ("Freedonian" -> "Freedonia"). */
  public Map<String, String> demonyms() {
    return demonyms;
  }

  public static Lexicon load() {
    Set<String> verbs = new HashSet<>(lines("reporting-verbs.txt"));
    verbs.addAll(INFINITIVE_VERBS);
    Map<String, Set<String>> nouns = new HashMap<>();
    for (String line : lines("speech-nouns.txt")) {
      String[] parts = line.split(":", 2);
      nouns.put(parts[0].strip(), Set.of(parts[1].strip().split("\\s+")));
    }
    return new Lexicon(verbs, nouns.getOrDefault("document", Set.of()), nouns.getOrDefault("organization", Set.of()),
        loadDemonyms());
  }

  /** Tab-separated lines: a place, then its adjectival forms; the first place listed for a form wins. */
  private static Map<String, String> loadDemonyms() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(DEMONYMS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEMONYMS + " (CoreNLP's models jar)");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        for (int i = 1; i < fields.length; i++) {
          if (!fields[i].isBlank()) {
            map.putIfAbsent(fields[i].strip(), fields[0].strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }

  private static List<String> lines(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream("/newsfacts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /newsfacts/" + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
