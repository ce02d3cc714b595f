package newsfacts.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * CoreNLP's fine-grained NER matches every token against its KBP gazetteer, whose 533,000 city
 * names make it the slowest step of the pipeline (see the README's benchmark). This splits the
 * gazetteer once at start-up: everything but the cities stays a TokensRegexNER mapping (a
 * temporary file), and the city names become a set that is looked up only for mentions the
 * statistical tagger already called LOCATION. Same subtypes, a fraction of the time.
 */
final class LeanGazetteer {
  static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

  final Path mapping;
  final Set<String> cities;

  private LeanGazetteer(Path mapping, Set<String> cities) {
    this.mapping = mapping;
    this.cities = Set.copyOf(cities);
  }

  static LeanGazetteer load() {
    Set<String> cities = new HashSet<>();
    try (InputStream in = LeanGazetteer.class.getClassLoader().getResourceAsStream(CASELESS)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP models jar missing from the class path: no " + CASELESS);
      }
      Path mapping = Files.createTempFile("newsfacts-gazetteer", ".tab");
      mapping.toFile().deleteOnExit();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      try (Writer out = Files.newBufferedWriter(mapping, StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String[] fields = line.split("\t", 3);
          if (fields.length >= 2 && fields[1].equals("CITY")) {
            cities.add(fields[0].toLowerCase(Locale.ROOT));
          } else {
            out.write(line);
            out.write('\n');
          }
        }
      }
      return new LeanGazetteer(mapping, cities);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + CASELESS, e);
    }
  }

  /** The value for ner.fine.regexner.mapping, as CoreNLP's default but without the cities. */
  String mappingProperty() {
    return "ignorecase=true,validpospattern=^(NN|JJ).*," + mapping + ";" + CASED;
  }

  boolean isCity(String name) {
    return cities.contains(name.toLowerCase(Locale.ROOT));
  }
}
