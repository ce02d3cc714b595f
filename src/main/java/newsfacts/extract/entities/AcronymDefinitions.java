package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  /** A parenthesised short form with at least two capitals: "(CRA)", "(U.N.)", "(FoE)". */
  private static final Pattern SHORT_FORM = Pattern.compile("\\((?=[^)]*[A-Z][^)]*[A-Z])([A-Z][A-Za-z&.]{1,9})\\)");
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
    Set<String> typed = typeFromNamedLongForms(doc, result);
    Matcher m = definition.matcher(doc.text());
    while (m.find()) {
      String acronym = m.group(2);
      if (typed.contains(acronym)) {
        continue;
      }
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

  /**
   * "(SF)" whose long form (Schwartz-Hearst) ends a tagged name: the short form takes that name's
   * type everywhere in the article ("Coastal Research Agency (CRA)": every "CRA" is an
   * organisation; "Harbour Act (HA)": a MISC name). Returns the short forms so typed.
   */
  private Set<String> typeFromNamedLongForms(AnnotatedArticle doc, List<EntityMention> result) {
    Set<String> typed = new HashSet<>();
    Matcher m = SHORT_FORM.matcher(doc.text());
    while (m.find()) {
      String shortForm = m.group(1);
      int sentence = doc.sentenceAt(m.start());
      EntityMention longForm = sentence < 0 ? null : namedLongForm(doc, result, m.start(), shortForm);
      if (longForm == null || typed.contains(shortForm)) {
        continue;
      }
      typed.add(shortForm);
      CharSpan inParentheses = new CharSpan(m.start(1), m.end(1));
      if (result.stream().noneMatch(e -> e.span().equals(inParentheses))) {
        result.removeIf(e -> e.span().overlaps(inParentheses));
        result.add(EntityMention.of(inParentheses, shortForm, EntityType.MISC, sentence));
      }
      result.replaceAll(e -> e.text().equals(shortForm) ? e.withType(longForm.type(), longForm.subtype()) : e);
    }
    return typed;
  }

  private static EntityMention namedLongForm(AnnotatedArticle doc, List<EntityMention> mentions, int paren, String shortForm) {
    String text = doc.text();
    int end = paren;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int from = Math.max(doc.sentences().get(doc.sentenceAt(paren)).span().begin(), 0);
    int begin = end;
    for (int words = 0; words < NameVariants.longFormWindow(shortForm) && begin > from; words++) {
      begin = text.lastIndexOf(' ', begin - 2) + 1;
      begin = Math.max(begin, from);
    }
    int start = NameVariants.longFormStart(shortForm, text.substring(begin, end));
    if (start < 0 || end - begin - start <= shortForm.length()) {
      return null;
    }
    int longBegin = begin + start;
    int longEnd = end;
    return mentions.stream().filter(e -> e.span().end() == longEnd && e.span().begin() <= longBegin)
        .filter(e -> e.type() != EntityType.PERSON && e.type() != EntityType.NATIONALITY).findFirst().orElse(null);
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
