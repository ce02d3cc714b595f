package newsfacts.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsfacts.ingest.pubdate.HeaderDates;

/**
 * The headline: the first line of three or more words and at most 150 characters that is not
 * page furniture; else the first line that is not furniture; else the first line. Furniture
 * (word lists in {@code lexicon/page-furniture.txt}): breadcrumbs and menus ("Home » Nation",
 * "News | World | Sport", "Home / Companies / News", "Phones  Laptops  Deals"), controls ("Share
 * Print Email"), section labels (a Title Case line of at most four words, "Foreign and Military
 * Affairs", "Channel 9 News"), mastheads (labels joined by a dash or bar, one a name in capitals:
 * "RADIO MARLOW — The Early Show"), bylines ("By Jane Roe", "Jane Roe By", "Jane Roe, Staff Writer"),
 * picture captions ("File photo: ..."), breadcrumb labels ("You are here: ...") and date lines,
 * timestamps and datelines.
 */
public final class Titles {
  private static final int MAX_LENGTH = 150;
  private static final int MAX_LABEL_WORDS = 4;
  private static final int MAX_BYLINE_WORDS = 8;
  private static final Pattern BREADCRUMB = Pattern.compile("[»›]|\\s>\\s");
  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s+/\\s+");
  private static final Pattern WIDE_GAP = Pattern.compile("\\s{2,}");
  private static final int MIN_SPACED_MENU_ITEMS = 3;
  private static final Pattern MASTHEAD_SEPARATOR = Pattern.compile("\\s+[|—–-]\\s+");
  private static final Pattern BY_FIRST = Pattern.compile("(?i)^(?:by|byline\\s*:)\\s+\\p{Lu}.*");
  private static final Pattern BY_LAST = Pattern.compile("(?i).*\\s+by$");

  private static final Map<String, List<String>> WORDS = LexiconFile.sections("page-furniture.txt");
  private static final Set<String> FURNITURE = lower(WORDS.get("furniture"));
  private static final Set<String> SECTIONS = lower(WORDS.get("sections"));
  private static final Set<String> SMALL = lower(WORDS.get("small"));
  private static final List<String> ROLES = List.copyOf(lower(WORDS.get("byline roles")));
  private static final Pattern CAPTION = openingLabel(WORDS.get("caption labels"), "\\s*:");
  private static final Pattern BREADCRUMB_LABEL = openingLabel(WORDS.get("breadcrumb labels"), "\\b");

  private Titles() {}

  public static String title(String text) {
    String first = "";
    String fallback = "";
    for (String line : text.split("\\R")) {
      String s = line.replace('\u00A0', ' ').replace("\uFEFF", "").strip();
      if (s.isEmpty()) {
        continue;
      }
      first = first.isEmpty() ? s : first;
      if (isFurniture(s)) {
        continue;
      }
      fallback = fallback.isEmpty() ? s : fallback;
      String[] words = s.split("\\s+");
      if (words.length >= 3 && s.length() <= MAX_LENGTH && !isSectionLabel(s, words)) {
        return s;
      }
    }
    String best = fallback.isEmpty() ? first : fallback;
    return best.length() <= MAX_LENGTH ? best : best.substring(0, MAX_LENGTH);
  }

  /** Navigation, controls, a section name, a byline or a date line: not the headline. */
  static boolean isFurniture(String line) {
    return BREADCRUMB.matcher(line).find() || BREADCRUMB_LABEL.matcher(line).lookingAt()
        || CAPTION.matcher(line).lookingAt() || isMenu(line) || onlyWordsOf(line, FURNITURE)
        || onlyWordsOf(line, SECTIONS) || isByline(line) || isMasthead(line) || HeaderDates.isDateLine(line);
  }

  /**
   * An outlet and a programme or section, "RADIO MARLOW — The Early Show", "MARLOW COURIER | Local
   * News": every part a label, one of them a name of two or more words in capitals. A Title Case
   * headline with a dash ("Storm Hits Coast — Roads Closed") has no such name.
   */
  private static boolean isMasthead(String line) {
    String[] parts = MASTHEAD_SEPARATOR.split(line);
    if (parts.length < 2) {
      return false;
    }
    boolean capitals = false;
    for (String part : parts) {
      String[] words = part.split("\\s+");
      if (!isSectionLabel(part, words)) {
        return false;
      }
      capitals |= words.length >= 2 && part.equals(part.toUpperCase(Locale.ROOT)) && part.chars().anyMatch(Character::isLetter);
    }
    return capitals;
  }

  /**
   * "News | World | Sport", "Home / Companies / News": every part between separators has at most
   * three words. Items set apart only by wide gaps ("Phones  Laptops  Deals", a menu pasted without
   * its bars) need three or more parts, each capitalised, as a headline may carry a stray double space.
   */
  private static boolean isMenu(String line) {
    String[] parts = MENU_SEPARATOR.split(line);
    if (parts.length >= 2) {
      return shortParts(parts, false);
    }
    parts = WIDE_GAP.split(line);
    return parts.length >= MIN_SPACED_MENU_ITEMS && shortParts(parts, true);
  }

  private static boolean shortParts(String[] parts, boolean capitalised) {
    for (String part : parts) {
      if (part.split("\\s+").length > 3 || capitalised && !Character.isUpperCase(part.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyWordsOf(String line, Set<String> words) {
    for (String token : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}&-]+")) {
      if (!token.isEmpty() && !words.contains(token) && !SMALL.contains(token) && !token.matches("\\d+")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isByline(String line) {
    if (BY_FIRST.matcher(line).matches() && onlyNames(line)) {
      return true;
    }
    if (line.split("\\s+").length > MAX_BYLINE_WORDS) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT).replaceAll("[\\s.,:;|)(-]+$", "");
    if (BY_FIRST.matcher(line).matches() || BY_LAST.matcher(lower).matches()) {
      return true;
    }
    return ROLES.stream().anyMatch(role -> lower.equals(role) || lower.matches(".*[\\s,|(—–-]" + Pattern.quote(role)));
  }

  /**
   * "By Jane Roe and Ola Nord in Port Marlow": after "By" only capitalised words and the small
   * words, however many names there are; "By cutting fares, the board ..." is a headline.
   */
  private static boolean onlyNames(String line) {
    String[] words = line.split("\\s+");
    for (int i = 1; i < words.length; i++) {
      String w = words[i].replaceAll("^\\P{L}+|\\P{L}+$", "");
      if (!w.isEmpty() && !SMALL.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A Title Case line of at most four words: a section label ("Foreign and Military Affairs",
   * "IN BRIEF", a channel "Channel 9 News": a number, but not last, "Rovers 2 City 1" being a
   * score); one that ends with a full stop and is not in capitals is a sentence, a headline.
   */
  private static boolean isSectionLabel(String line, String[] words) {
    if (words.length > MAX_LABEL_WORDS || line.endsWith(".") && !line.equals(line.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean number = w.matches("\\d+") && i < words.length - 1;
      if (!number && !SMALL.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** A line opening with one of the phrases, then what follows ("File photo:"), in any letter case. */
  private static Pattern openingLabel(List<String> phrases, String after) {
    String alternatives = String.join("|", phrases.stream().map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList());
    return Pattern.compile("(?:" + alternatives + ")" + after, Pattern.CASE_INSENSITIVE);
  }

  private static Set<String> lower(List<String> words) {
    Set<String> set = new HashSet<>();
    words.forEach(w -> set.add(w.toLowerCase(Locale.ROOT)));
    return Set.copyOf(set);
  }
}
