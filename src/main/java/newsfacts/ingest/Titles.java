package newsfacts.ingest;

import java.util.Set;

/**
 * The headline: the first line of three or more words and at most 150 characters that is not
 * page furniture written in Title Case ("Foreign and Military Affairs"); else the first line.
 */
public final class Titles {
  private static final int MAX_LENGTH = 150;
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "of", "the", "in", "on", "for", "to", "at");

  private Titles() {}

  public static String title(String text) {
    String first = "";
    for (String line : text.split("\\R")) {
      String s = line.replace('\u00A0', ' ').replace("\uFEFF", "").strip();
      if (s.isEmpty()) {
        continue;
      }
      if (first.isEmpty()) {
        first = s;
      }
      String[] words = s.split("\\s+");
      if (words.length >= 3 && s.length() <= MAX_LENGTH && !isTitleCase(words)) {
        return s;
      }
    }
    return first.length() <= MAX_LENGTH ? first : first.substring(0, MAX_LENGTH);
  }

  private static boolean isTitleCase(String[] words) {
    for (String w : words) {
      if (!SMALL_WORDS.contains(w) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
