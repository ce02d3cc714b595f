package newsfacts.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a word list of {@code src/main/resources/newsfacts/lexicon/}: lines {@code key: word,
 * word, ...}; {@code #} starts a comment line (the header says what the list is for). A key
 * may come back on several lines; its words are joined in order.
 */
public final class LexiconFile {
  private LexiconFile() {}

  public static Map<String, List<String>> sections(String name) {
    String resource = "/newsfacts/lexicon/" + name;
    Map<String, List<String>> sections = new LinkedHashMap<>();
    try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        int colon = s.indexOf(':');
        if (colon <= 0) {
          throw new IllegalStateException(resource + ": line " + number + ": expected 'key: word, word'");
        }
        List<String> words = sections.computeIfAbsent(s.substring(0, colon).strip(), k -> new ArrayList<>());
        for (String word : s.substring(colon + 1).split(",")) {
          if (!word.isBlank()) {
            words.add(word.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(sections);
  }
}
