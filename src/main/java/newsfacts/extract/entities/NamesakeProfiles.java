package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.SpeakerWords;

/**
 * What the words around a person's full mentions say of them, for telling namesakes apart: the
 * titles they were introduced with ("President Ana Ruiz", "Secretary of State Ana Ruiz", "Ana Ruiz,
 * the former president,", "the first lady, Ana Ruiz") and a gender when the first name gives none
 * ("his wife, Ana Ruiz", "Mrs. Ana Ruiz"). Titles are lower-cased and abbreviations spelled out
 * ("sen." is "senator"); "vice president" and "first lady" are titles of their own.
 */
final class NamesakeProfiles {
  /** A person's titles and gender. */
  record Profile(Set<String> titles, NameGenders.Gender gender) {
  }

  private static final int REACH = 80;
  private static final int MAX_WORDS = 6;
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "former");
  private static final Set<String> PHRASE_ENDS = Set.of("and", "or", "but", "who", "whom", "whose", "which", "that");
  private final NameGenders genders;
  private final Set<String> titleWords;
  private final SpeakerWords words;

  NamesakeProfiles(NameGenders genders, Set<String> titleWords, SpeakerWords words) {
    this.genders = genders;
    this.titleWords = titleWords;
    this.words = words;
  }

  /** The profile of the person named in full at {@code positions}. */
  Profile of(ArticleNames article, String text, String person, List<Integer> positions) {
    Set<String> titles = new HashSet<>();
    Set<NameGenders.Gender> said = new HashSet<>();
    for (int at : positions) {
      int begin = article.mentions.get(at).span().begin();
      int end = article.mentions.get(at).span().end();
      List<String> before = wordsBefore(text, begin);
      // a title-case headline capitalises verbs too ("President Meets Ana Ruiz"): there only the word right before counts
      premodifierTitles(article.mentions.get(at).sentence() == 0 && before.size() > 1
          ? before.subList(before.size() - 1, before.size()) : before, titles, said);
      String ahead = text.substring(Math.max(0, begin - REACH), begin);
      if (ahead.endsWith(", ")) {
        List<String> clause = clauseBefore(text, begin - 2);
        int opener = clause.size() - 1;
        while (opener > 0 && !OPENERS.contains(clause.get(opener).toLowerCase(Locale.ROOT))) {
          opener--;
        }
        apposition(clause.subList(Math.max(0, opener), clause.size()), titles, said);
      }
      if (text.startsWith(", ", end)) {
        String after = text.substring(end + 2, Math.min(text.length(), end + 2 + REACH));
        apposition(List.of(after.split("[,.;:!?()\"“”\\n]", 2)[0].strip().split("\\s+")), titles, said);
      }
    }
    NameGenders.Gender gender = genders.ofFirstName(person);
    if (gender == NameGenders.Gender.UNKNOWN && said.size() == 1) {
      gender = said.iterator().next();
    }
    return new Profile(Set.copyOf(titles), gender);
  }

  /**
   * A title word standing before a short mention, spelled out ("senator" for "sen."), with "vice"
   * when that comes first ("Vice President Hale"); {@code own} when the mention itself opens with it.
   */
  String spell(String word, String text, int begin, boolean own) {
    List<String> phrase = new ArrayList<>(wordsBefore(text, begin));
    if (own || phrase.isEmpty()) {
      phrase.add(word);
    }
    String title = title(phrase, phrase.size() - 1);
    return title == null ? word : title;
  }

  /** "Governor", "Secretary of State", "former Vice President": every title in the words right before the name. */
  private void premodifierTitles(List<String> before, Set<String> titles, Set<NameGenders.Gender> said) {
    for (int i = before.size() - 1; i >= 0; i--) {
      String word = before.get(i);
      String lower = word.toLowerCase(Locale.ROOT);
      String title = title(before, i);
      NameGenders.Gender honorific = genders.ofHonorific(lower);
      if (title == null && honorific != NameGenders.Gender.UNKNOWN && i == before.size() - 1) {
        said.add(honorific);
        return;
      }
      if (title != null) {
        titles.add(title);
        addGender(lower, said);
      } else if (!lower.equals("of") && !Character.isUpperCase(word.charAt(0)) || word.endsWith(".")) {
        return;
      }
    }
  }

  /** "the former president", "his wife", "the first lady": the head noun, before any "of", as title or gender. */
  private void apposition(List<String> phrase, Set<String> titles, Set<NameGenders.Gender> said) {
    if (phrase.isEmpty() || phrase.size() > MAX_WORDS || !OPENERS.contains(phrase.get(0).toLowerCase(Locale.ROOT))) {
      return;
    }
    for (int i = 1; i < phrase.size(); i++) {
      // "Tom Hale, a former senator and his wife, ...": the apposition ends before a conjunction or a relative pronoun
      if (PHRASE_ENDS.contains(phrase.get(i).toLowerCase(Locale.ROOT))) {
        apposition(phrase.subList(0, i), titles, said);
        return;
      }
    }
    int head = phrase.size() - 1;
    for (int i = 1; i < phrase.size(); i++) {
      if (phrase.get(i).equalsIgnoreCase("of")) {
        head = i - 1;
        break;
      }
    }
    String noun = phrase.get(head).toLowerCase(Locale.ROOT);
    String title = title(phrase, head);
    if (title != null) {
      titles.add(title);
    }
    addGender(noun, said);
  }

  /** The gender a noun gives ("wife", "congressman"), if any. */
  private void addGender(String noun, Set<NameGenders.Gender> said) {
    if (words.femaleNouns().contains(noun)) {
      said.add(NameGenders.Gender.FEMALE);
    } else if (words.maleNouns().contains(noun)) {
      said.add(NameGenders.Gender.MALE);
    }
  }

  /** The title the word at {@code i} makes, with "vice" or "first" before it, or null. */
  private String title(List<String> phrase, int i) {
    String word = phrase.get(i).toLowerCase(Locale.ROOT);
    String previous = i > 0 ? phrase.get(i - 1).toLowerCase(Locale.ROOT) : "";
    boolean gendered = words.femaleNouns().contains(word) || words.maleNouns().contains(word);
    if (previous.equals("first") && gendered) {
      return "first " + word;
    }
    if (!titleWords.contains(word)) {
      return null;
    }
    String spelled = words.titleAbbreviations().getOrDefault(word, word);
    return previous.equals("vice") ? "vice " + spelled : spelled;
  }

  /** The words between the previous punctuation (or line break) and {@code begin}, when a space stands right before it. */
  private static List<String> wordsBefore(String text, int begin) {
    String before = text.substring(Math.max(0, begin - REACH), Math.max(0, begin));
    return before.endsWith(" ") ? clauseBefore(text, begin) : List.of();
  }

  /** The words between the previous punctuation (or line break) and {@code begin}. */
  private static List<String> clauseBefore(String text, int begin) {
    String before = text.substring(Math.max(0, begin - REACH), Math.max(0, begin));
    String[] clauses = before.split("[,;:!?()\"“”\\n]", -1);
    String last = clauses[clauses.length - 1].strip();
    return last.isEmpty() ? List.of() : List.of(last.split("\\s+"));
  }
}
