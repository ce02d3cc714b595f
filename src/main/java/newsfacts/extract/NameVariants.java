package newsfacts.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tests for whether one name can stand for another: acronyms and partial person names. */
public final class NameVariants {
  private final Set<String> skippedWords;

  /** {@code skippedWords}: lower-case function words an acronym may leave out ("of", "the"). */
  public NameVariants(Set<String> skippedWords) {
    this.skippedWords = Set.copyOf(skippedWords);
  }

  /** "NATO" for "North Atlantic Treaty Organization", "LSE" for "London School of Economics". */
  public boolean isAcronymOf(String acronym, String name) {
    if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(Locale.ROOT)) || !name.contains(" ")) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    StringBuilder initialsWithFunctionWords = new StringBuilder();
    for (String word : words(name)) {
      char first = word.charAt(0);
      initialsWithFunctionWords.append(Character.toUpperCase(first));
      if (!skippedWords.contains(word.toLowerCase(Locale.ROOT))) {
        initials.append(Character.toUpperCase(first));
      }
    }
    String letters = acronym.replace(".", "");
    return letters.contentEquals(initials) || letters.contentEquals(initialsWithFunctionWords);
  }

  /** A shorter person name whose words all appear in the longer one ("Lindqvist", "Mr Berg"). */
  public static boolean isPartOfPersonName(String shorter, String longer) {
    List<String> part = words(shorter);
    List<String> whole = words(longer);
    return part.size() < whole.size() && whole.containsAll(part);
  }

  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.split("[\\s\\-]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
