package newsfacts.extract.quotes.speakers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.NameVariants;
import newsfacts.extract.QuoteWords;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Quote;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Resolves a quote's source mention to a canonical name: a name to its entity; "he"/"she" to the
 * person last mentioned or quoted before it; "the minister" to the latest person introduced with
 * that title; "the report" to the document's name in the article; "the ministry" to the latest
 * organisation so named. What cannot be resolved keeps its own words ("observers").
 */
public final class SpeakerResolver {
  private static final int TITLE_WINDOW = 6;

  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;
  private final QuoteWords words;
  /** Between a title and the name in apposition: ", " or " in Place, " (apposition-prepositions.txt). */
  private final Pattern appositionGap;
  private final Map<String, Set<String>> titleWords = new HashMap<>();

  public SpeakerResolver(AnnotatedArticle doc, List<EntityMention> entities, QuoteWords words) {
    this.doc = doc;
    this.entities = entities;
    this.words = words;
    this.appositionGap = Pattern.compile(
        "(\\s+" + WordLists.anyOf(words.appositionPrepositions()) + "\\s+[A-Z][\\p{L}-]*)?,\\s+");
    collectTitleWords();
  }

  public String resolve(CharSpan mention, Token head, List<Quote> earlier) {
    for (EntityMention e : entities) {
      if (e.span().overlaps(head.span()) && e.span().overlaps(mention)) {
        return e.canonical();
      }
    }
    String appositive = appositivePerson(mention);
    if (appositive != null) {
      return appositive;
    }
    String word = head.word().toLowerCase(Locale.ROOT);
    String text = squeeze(mention.of(doc.text()));
    if (head.pos().startsWith("NNP")) {
      String person = personWithNamePart(mention.begin(), text);
      if (person != null) {
        return person;
      }
    }
    if (words.personPronouns().contains(word)) {
      String person = latestPerson(mention.begin(), earlier, null);
      return person != null ? person : text;
    }
    if (!head.pos().startsWith("NN")) {
      return text;
    }
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    if (words.documentNouns().contains(lemma)) {
      String name = documentName(lemma);
      return name != null ? name : text;
    }
    if (words.organizationNouns().contains(lemma)) {
      String name = latestOrganization(mention.begin(), lemma);
      if (name == null) {
        name = latestOrganizationSpeaker(mention.begin(), earlier);
      }
      return name != null ? name : text;
    }
    if (head.pos().equals("NN")) {
      String person = latestPerson(mention.begin(), earlier, lemma);
      return person != null ? person : text;
    }
    return text;
  }

  /** The person mentioned or quoted last before the offset; with a title, only persons so titled. */
  private String latestPerson(int offset, List<Quote> earlier, String title) {
    int bestPosition = -1;
    String best = null;
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON && e.span().end() <= offset && e.span().begin() > bestPosition
          && hasTitle(e.canonical(), title)) {
        bestPosition = e.span().begin();
        best = e.canonical();
      }
    }
    for (Quote q : earlier) {
      int position = q.speakerMention().map(CharSpan::begin).orElse(-1);
      if (position > bestPosition && position < offset && titleWords.containsKey(q.speaker())
          && hasTitle(q.speaker(), title)) {
        bestPosition = position;
        best = q.speaker();
      }
    }
    return best;
  }

  /** "The agency's coordinator in Westport, Ana Ruiz": the person named in apposition. */
  private String appositivePerson(CharSpan mention) {
    String text = doc.text();
    for (EntityMention e : entities) {
      if (e.type() != EntityType.PERSON || e.span().begin() < mention.end() || e.span().begin() > mention.end() + 40) {
        continue;
      }
      String between = text.substring(mention.end(), e.span().begin());
      if (appositionGap.matcher(between).matches()) {
        return e.canonical();
      }
    }
    return null;
  }

  /** "Ruiz said" where the tagger missed "Ruiz": the person last named with that word in the name. */
  private String personWithNamePart(int offset, String word) {
    String best = null;
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON && e.span().end() <= offset
          && NameVariants.words(e.canonical()).contains(word) && e.canonical().contains(" ")) {
        best = e.canonical();
      }
    }
    return best;
  }

  /** "the agency said" after the organisation was quoted by name. */
  private String latestOrganizationSpeaker(int offset, List<Quote> earlier) {
    String best = null;
    for (Quote q : earlier) {
      int position = q.speakerMention().map(CharSpan::begin).orElse(-1);
      boolean organisation = entities.stream()
          .anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.canonical().equals(q.speaker()));
      if (position < offset && organisation) {
        best = q.speaker();
      }
    }
    return best;
  }

  private boolean hasTitle(String person, String title) {
    return title == null || titleWords.getOrDefault(person, Set.of()).contains(title);
  }

  private String latestOrganization(int offset, String lemma) {
    String best = null;
    for (EntityMention e : entities) {
      boolean named = e.canonical().toLowerCase(Locale.ROOT).contains(lemma);
      if (e.type() == EntityType.ORGANIZATION && named && e.span().end() <= offset) {
        best = e.canonical();
      }
    }
    return best;
  }

  /** The longest capitalised name in the article built on the noun: "Annual Survey of Coastal Towns (2016)". */
  private String documentName(String lemma) {
    String noun = Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1);
    String capitalised = "(?:[A-Z][\\w'-]*\\s+)";
    Pattern name = Pattern.compile(
        capitalised + "*" + Pattern.quote(noun) + "(?:\\s+" + WordLists.anyOf(words.documentTitlePrepositions())
            + "\\s+(?:the\\s+)?" + capitalised.replace("\\s+", "\\s*") + "+)?(?:\\s*\\(\\d{4}\\))?");
    String best = null;
    Matcher m = name.matcher(doc.text());
    while (m.find()) {
      String found = m.group().strip();
      if (found.contains(" ") && (best == null || found.length() > best.length())) {
        best = found;
      }
    }
    return best;
  }

  /** Lower-case words near each person's mentions ("Foreign Minister X", "X, a researcher with"). */
  private void collectTitleWords() {
    for (EntityMention e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      Sentence s = doc.sentences().get(e.sentence());
      List<Token> tokens = s.tokens();
      int first = -1;
      int last = -1;
      for (Token t : tokens) {
        if (e.span().contains(t.span())) {
          first = first < 0 ? t.index() : first;
          last = t.index();
        }
      }
      if (first < 0) {
        continue;
      }
      Set<String> words = titleWords.computeIfAbsent(e.canonical(), k -> new HashSet<>());
      List<Token> window = new ArrayList<>(tokens.subList(Math.max(0, first - TITLE_WINDOW), first));
      window.addAll(tokens.subList(last + 1, Math.min(tokens.size(), last + 1 + TITLE_WINDOW)));
      window.forEach(t -> words.add(t.lemma().toLowerCase(Locale.ROOT)));
    }
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
