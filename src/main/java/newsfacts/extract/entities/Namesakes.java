package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import newsfacts.extract.NameVariants;

/**
 * People of one article who share a name ("Hale" after "Ann Hale" and "Tom Hale"), told apart by
 * the evidence around the short mention: an honorific whose gender agrees with one of them
 * ("Mrs. Hale" is Ann), then a title one of them was introduced with ("Senator Hale" after
 * "Senator Tom Hale", "Tom Hale, the senator,"), both in {@link HonorificsAndTitles}; then the one
 * named in the same paragraph or the sentence before (or to whom that short name was just given);
 * otherwise salience: the person mentioned most so far, in full or by short names already linked,
 * then the one the body introduced first, since a news story introduces its principal first and
 * names a relative in full or by first name.
 */
final class Namesakes {
  private static final int REACH = 24;
  private final NameGenders genders;
  private final Set<String> titleWords;
  private final HonorificsAndTitles evidence;

  /** @param titleWords lower-cased title words ("senator", "sen.", "president") */
  Namesakes(NameGenders genders, Set<String> titleWords, NamesakeProfiles profiles) {
    this.genders = genders;
    this.titleWords = titleWords;
    this.evidence = new HonorificsAndTitles(genders, titleWords, profiles);
  }

  /**
   * The mention (its position) of the namesake the mention at {@code index} names, or -1 when the
   * name fits one person of the article at most.
   */
  int choose(ArticleNames article, String text, int index, int[] fuller) {
    Map<String, List<Integer>> people = article.namesakes.computeIfAbsent(article.names.get(index), n -> people(article, fuller));
    // one person of that name: kept even against "Mr.", since the name list gives some men's names as women's
    if (people.size() < 2) {
      return -1;
    }
    String before = wordBefore(text, article, index);
    NameGenders.Gender said = genders.ofHonorific(before);
    List<String> candidates = new ArrayList<>(people.keySet());
    // a title-case headline makes names of phrases ("Team Hale", "Ruiz Backs Hale"): the body names people
    candidates = narrow(candidates, person -> people.get(person).stream().anyMatch(at -> article.mentions.get(at).sentence() > 0));
    candidates = narrow(candidates, person -> opensWithGivenName(article, text, person));
    candidates = evidence.narrow(article, text, index, people, candidates, before);
    int justNamed = justNamed(article, text, people, candidates, index);
    int chosen = justNamed >= 0 ? justNamed : nearest(people.get(mostMentioned(article, people, candidates, index)), index);
    article.lastNamesake.put(article.names.get(index), new int[] {index, chosen});
    if (said != NameGenders.Gender.UNKNOWN) {
      article.honorifics.computeIfAbsent(widest(people, chosen), p -> EnumSet.noneOf(NameGenders.Gender.class)).add(said);
    }
    article.namesakeMentions.merge(widest(people, chosen), 1, Integer::sum);
    return chosen;
  }

  /** The article's people whose names hold the short name: each widest name with the positions of its mentions. */
  private static Map<String, List<Integer>> people(ArticleNames article, int[] fuller) {
    Map<String, List<Integer>> byName = new LinkedHashMap<>();
    for (int at : fuller) {
      byName.computeIfAbsent(article.names.get(at), n -> new ArrayList<>()).add(at);
    }
    Map<String, List<Integer>> widest = new LinkedHashMap<>();
    for (String name : byName.keySet()) {
      if (byName.keySet().stream().noneMatch(other -> isWithin(name, other))) {
        widest.put(name, new ArrayList<>());
      }
    }
    byName.forEach((name, positions) -> widest.forEach((wide, all) -> {
      if (wide.equals(name) || isWithin(name, wide)) {
        all.addAll(positions);
      }
    }));
    widest.values().forEach(positions -> positions.sort(Integer::compare));
    List<Map.Entry<String, List<Integer>>> ordered = new ArrayList<>(widest.entrySet());
    ordered.sort((a, b) -> Integer.compare(introduced(article, a.getValue()), introduced(article, b.getValue())));
    Map<String, List<Integer>> result = new LinkedHashMap<>();
    ordered.forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }

  /**
   * False for "Team Hale" or "Young Hale": a first word that no name list gives a gender and that
   * the article also writes in lower case ("the team") is a common word, not a given name.
   */
  private boolean opensWithGivenName(ArticleNames article, String text, String person) {
    String first = person.split(" ")[0];
    if (genders.ofFirstName(person) != NameGenders.Gender.UNKNOWN || first.isEmpty()) {
      return true;
    }
    return !article.lowerCaseWords(text).contains(first.toLowerCase(Locale.ROOT));
  }

  /**
   * The candidate mentioned most so far, by full name or by a short name already given to them; on a
   * tie the one introduced first in the body (the order of {@code people}).
   */
  private static String mostMentioned(ArticleNames article, Map<String, List<Integer>> people, List<String> candidates,
      int index) {
    String best = candidates.get(0);
    int bestCount = -1;
    for (String person : candidates) {
      int count = (int) people.get(person).stream().filter(at -> at < index).count()
          + article.namesakeMentions.getOrDefault(person, 0);
      if (count > bestCount) {
        best = person;
        bestCount = count;
      }
    }
    return best;
  }

  /** The first mention in the body: the headline sums up, the body introduces people in turn. */
  private static int introduced(ArticleNames article, List<Integer> positions) {
    return positions.stream().filter(at -> article.mentions.get(at).sentence() > 0).findFirst()
        .orElse(positions.get(0) + article.mentions.size());
  }

  /**
   * The latest full-name mention of a candidate before the short one, when it stands in the same
   * paragraph or the previous sentence ("Tom Hale, her husband, spoke. Hale said ..."), else -1.
   */
  private static int justNamed(ArticleNames article, String text, Map<String, List<Integer>> people, List<String> candidates,
      int index) {
    int latest = -1;
    for (String person : candidates) {
      for (int at : people.get(person)) {
        latest = at < index ? Math.max(latest, at) : latest;
      }
    }
    int named = latest;
    // the same short name, resolved a moment ago, carries on: "Tom Hale spoke. ... Hale said. ... Hale left."
    int[] last = article.lastNamesake.get(article.names.get(index));
    if (last != null && last[0] > latest && candidates.contains(widest(people, last[1]))) {
      latest = last[0];
      named = last[1];
    }
    if (latest < 0) {
      return -1;
    }
    int sentence = article.mentions.get(index).sentence();
    boolean sameParagraph = text.substring(article.mentions.get(latest).span().end(), article.mentions.get(index).span().begin())
        .indexOf('\n') < 0;
    return sameParagraph || article.mentions.get(latest).sentence() >= sentence - 1 ? named : -1;
  }

  private static String widest(Map<String, List<Integer>> people, int position) {
    return people.entrySet().stream().filter(e -> e.getValue().contains(position)).map(Map.Entry::getKey).findFirst().orElse("");
  }

  private static boolean isWithin(String name, String other) {
    return !name.equals(other) && NameVariants.isPartOfPersonName(name, other);
  }

  static List<String> narrow(List<String> candidates, Predicate<String> keep) {
    List<String> kept = candidates.stream().filter(keep).toList();
    return kept.isEmpty() ? candidates : kept;
  }

  /** The position nearest before {@code index}, else the first after it. */
  private static int nearest(List<Integer> positions, int index) {
    int best = positions.get(0);
    for (int at : positions) {
      if (at < index) {
        best = at;
      }
    }
    return best;
  }

  /**
   * The lower-cased word right before a mention ("mrs." in "Mrs. Hale"), or its own first word when
   * the tagger took that in; "" when a comma or line break stands between.
   */
  private String wordBefore(String text, ArticleNames article, int index) {
    String own = article.names.get(index).split(" ")[0].toLowerCase(Locale.ROOT);
    if (genders.ofHonorific(own) != NameGenders.Gender.UNKNOWN || titleWords.contains(own)) {
      return own;
    }
    int begin = article.mentions.get(index).span().begin();
    String before = text.substring(Math.max(0, begin - REACH), begin);
    if (!before.endsWith(" ") || before.isBlank()) {
      return "";
    }
    String[] words = before.strip().split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }
}
