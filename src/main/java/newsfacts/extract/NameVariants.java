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

  /**
   * Schwartz and Hearst (2003): where the long form of {@code shortForm} begins in {@code before}
   * (the words before the parenthesis, at most min(|A| + 5, 2|A|) of them), or -1. The short form's
   * letters and digits are matched right to left, each to the nearest same character to the left
   * of the last match, and the first one must begin a word: "(CRA)" in "the Coastal Research
   * Agency" begins at "Coastal".
   */
  public static int longFormStart(String shortForm, String before) {
    int s = shortForm.length() - 1;
    int l = before.length() - 1;
    while (s >= 0) {
      char c = Character.toLowerCase(shortForm.charAt(s));
      if (!Character.isLetterOrDigit(c)) {
        s--;
        continue;
      }
      while (l >= 0 && (Character.toLowerCase(before.charAt(l)) != c
          || s == 0 && l > 0 && Character.isLetterOrDigit(before.charAt(l - 1)))) {
        l--;
      }
      if (l < 0) {
        return -1;
      }
      l--;
      s--;
    }
    return l + 1;
  }

  /** The S-H window: min(|A| + 5, 2|A|) words, |A| the short form's letters and digits. */
  public static int longFormWindow(String shortForm) {
    int letters = (int) shortForm.chars().filter(Character::isLetterOrDigit).count();
    return Math.min(letters + 5, 2 * letters);
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
