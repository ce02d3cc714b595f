package newsfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the word lists in src/main/resources/newsfacts/lexicon: UTF-8, one entry a line, opening
 * with '#' header lines that say what the list is for and where it came from. Blank lines and
 * '#' lines are skipped; entries keep their case and inner spaces and stay in file order.
 */
public final class WordLists {
  static final String FOLDER = "/newsfacts/lexicon/";

  private WordLists() {}

  /** A regex group matching any of the words literally, tried in the given order: "(?:a|b)". */
  public static String anyOf(Collection<String> words) {
    List<String> quoted = words.stream().map(Pattern::quote).toList();
    return "(?:" + String.join("|", quoted) + ")";
  }

  static List<String> list(String file) {
    List<String> entries = new ArrayList<>();
    boolean header = false;
    for (String line : lines(file)) {
      String entry = line.strip();
      header |= entries.isEmpty() && entry.startsWith("#");
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        entries.add(entry);
      }
    }
    if (!header || entries.isEmpty()) {
      throw new IllegalStateException(FOLDER + file + ": needs '#' header lines and at least one entry");
    }
    if (new LinkedHashSet<>(entries).size() != entries.size()) {
      throw new IllegalStateException(FOLDER + file + ": an entry is listed twice");
    }
    return List.copyOf(entries);
  }

  public static Set<String> set(String file) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(list(file)));
  }

  /** Lines of two fields separated by whitespace: an entry and what it stands for. */
  static Map<String, String> pairs(String file) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String entry : list(file)) {
      String[] fields = entry.split("\\s+");
      if (fields.length != 2) {
        throw new IllegalStateException(FOLDER + file + ": '" + entry + "' is not two fields");
      }
      pairs.put(fields[0], fields[1]);
    }
    return Collections.unmodifiableMap(pairs);
  }

  private static List<String> lines(String file) {
    try (InputStream in = WordLists.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FOLDER + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
