package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.EntityWords;
import newsfacts.extract.NameVariants;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * "Full Name (ACRONYM)" defines an organisation in news: the capitalised name before the
 * parenthesis is one organisation even where the tagger missed it ("The Northern Institute for
 * Coastal Research (NICR)"), and the acronym is that organisation wherever it appears,
 * whatever type the tagger gave it.
 */
public final class AcronymDefinitions {
  private static final String WORD = "[A-Z][\\p{L}'\u2019-]*";
  /** "Capitalised [connector] Capitalised ... (ACRONYM)", connectors from acronym-name-connectors.txt. */
  private final Pattern definition;
  private final List<String> determiners;
  private final NameVariants names;

  AcronymDefinitions(EntityWords words, NameVariants names) {
    String connector = WordLists.anyOf(words.acronymNameConnectors());
    this.definition = Pattern.compile(
        "(" + WORD + "(?:\\s+(?:" + connector + "\\s+)*" + WORD + ")*)\\s+\\(([A-Z][A-Za-z&]{1,9})\\)");
    this.determiners = words.acronymNameDeterminers();
    this.names = names;
  }

  List<EntityMention> apply(AnnotatedArticle doc, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>(mentions);
    Matcher m = definition.matcher(doc.text());
    while (m.find()) {
      String acronym = m.group(2);
      CharSpan name = initialsMatch(doc.text(), m.start(1), m.end(1), acronym);
      int sentence = doc.sentenceAt(m.start(1));
      if (name == null || sentence < 0 || name.of(doc.text()).contains("\n")) {
        continue;
      }
      boolean known = result.stream().anyMatch(e -> e.span().equals(name) && e.type() == EntityType.ORGANIZATION);
      if (!known) {
        result.removeIf(e -> e.span().overlaps(name));
        String text = name.of(doc.text());
        result.add(EntityMention.of(name, text, EntityType.ORGANIZATION, sentence));
      }
      result.replaceAll(e -> e.text().equals(acronym) && e.type() != EntityType.ORGANIZATION
          ? e.withType(EntityType.ORGANIZATION) : e);
    }
    result.sort(Comparator.comparing(EntityMention::span));
    return result;
  }

  /** The shortest tail of the capitalised run whose initials spell the acronym, or null. */
  private CharSpan initialsMatch(String text, int begin, int end, String acronym) {
    String run = text.substring(begin, end);
    int offset = 0;
    for (String determiner : determiners) {
      if (run.startsWith(determiner + " ")) {
        offset = determiner.length() + 1;
      }
    }
    while (offset < run.length()) {
      String candidate = run.substring(offset);
      if (names.isAcronymOf(acronym, candidate)) {
        return new CharSpan(begin + offset, end);
      }
      int space = run.indexOf(' ', offset);
      if (space < 0) {
        return null;
      }
      offset = space + 1;
    }
    return null;
  }
}
