package newsfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Every word list the extraction rules use, loaded once and handed to the steps: general-English
 * lists from src/main/resources/newsfacts/lexicon (one list a file, each with a header saying what
 * it is for and where it came from), grouped by the stage that uses them, and CoreNLP's demonyms.
 *
 * <p>Design decision: the rules receive the lists through their constructors and hold no word
 * lists of their own, so that vocabulary changes are data changes. Instances are immutable.
 */
public final class Lexicon {
  /** CoreNLP's list of adjectival forms of place names, a data file of its models jar. */
  private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";

  private final EntityWords entities;
  private final DateWords dates;
  private final QuoteWords quotes;
  private final RelationWords relations;
  private final SpeakerWords speakers;
  private final Map<String, String> demonyms;

  private Lexicon(EntityWords entities, DateWords dates, QuoteWords quotes, RelationWords relations,
      SpeakerWords speakers, Map<String, String> demonyms) {
    this.entities = entities;
    this.dates = dates;
    this.quotes = quotes;
    this.relations = relations;
    this.speakers = speakers;
    this.demonyms = Map.copyOf(demonyms);
  }

  public static Lexicon load() {
    return new Lexicon(EntityWords.load(), DateWords.load(), QuoteWords.load(), RelationWords.load(), SpeakerWords.load(),
        loadDemonyms());
  }

  /** Word lists of the entity rules. */
  public EntityWords entities() {
    return entities;
  }

  /** Word lists of the date rules. */
  public DateWords dates() {
    return dates;
  }

  /** Word lists of the quote rules. */
  public QuoteWords quotes() {
    return quotes;
  }

  /** Word lists of the relation rules. */
  public RelationWords relations() {
    return relations;
  }

  /** Word lists of speaker resolution (gender and number agreement, titles). */
  public SpeakerWords speakers() {
    return speakers;
  }

  /** Nationality adjectives and demonyms mapped to their place ("Freedonian" -> "Freedonia"). */
  public Map<String, String> demonyms() {
    return demonyms;
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
}
