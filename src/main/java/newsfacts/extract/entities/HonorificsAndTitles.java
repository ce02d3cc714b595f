package newsfacts.extract.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence an honorific or a title before a short mention gives among namesakes ({@link Namesakes}):
 * "Mrs. Ruiz" keeps the people whose gender agrees, and of those the ones named already whose gender
 * is known (by first name, introduction or an honorific already given to them); "President Ruiz"
 * keeps the ones introduced with that title, else the ones introduced with no other title (not "the
 * first lady, Ana Ruiz"). Genders and titles come from {@link NamesakeProfiles}.
 */
final class HonorificsAndTitles {
  private final NameGenders genders;
  private final Set<String> titleWords;
  private final NamesakeProfiles profiles;

  HonorificsAndTitles(NameGenders genders, Set<String> titleWords, NamesakeProfiles profiles) {
    this.genders = genders;
    this.titleWords = titleWords;
    this.profiles = profiles;
  }

  /** The candidates the word {@code before} the mention at {@code index} leaves (all of them when it rules out all). */
  List<String> narrow(ArticleNames article, String text, int index, Map<String, List<Integer>> people, List<String> candidates,
      String before) {
    NameGenders.Gender said = genders.ofHonorific(before);
    Map<String, NamesakeProfiles.Profile> known = new LinkedHashMap<>();
    candidates.forEach(person -> known.put(person, article.profiles.computeIfAbsent(person,
        p -> profiles.of(article, text, p, people.get(p)))));
    List<String> kept = Namesakes.narrow(candidates, person -> said.agreesWith(known.get(person).gender()));
    // "Mr. Hale" after "Tom Hale" and "Jo Hale": not the one whose name no list genders, even if named last
    kept = Namesakes.narrow(kept, person -> said != NameGenders.Gender.UNKNOWN && said == genderOf(article, known, person)
        && people.get(person).get(0) < index);
    if (said == NameGenders.Gender.UNKNOWN && titleWords.contains(before)) {
      boolean own = article.names.get(index).split(" ")[0].equalsIgnoreCase(before);
      String title = profiles.spell(before, text, article.mentions.get(index).span().begin(), own);
      List<String> titled = Namesakes.narrow(kept, person -> known.get(person).titles().contains(title));
      kept = titled.size() < kept.size() ? titled : Namesakes.narrow(kept, person -> known.get(person).titles().isEmpty());
    }
    return kept;
  }

  /** The gender of the profile, else that of the honorifics given to the person so far when they agree. */
  private static NameGenders.Gender genderOf(ArticleNames article, Map<String, NamesakeProfiles.Profile> known, String person) {
    Set<NameGenders.Gender> given = article.honorifics.getOrDefault(person, Set.of());
    NameGenders.Gender gender = known.get(person).gender();
    return gender == NameGenders.Gender.UNKNOWN && given.size() == 1 ? given.iterator().next() : gender;
  }
}
