package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsfacts.extract.EntityWords;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;

/**
 * Repairs of systematic tagger faults that hold for news in general: named events, laws and
 * reports as one MISC name ("Baltic Convention on Grid Security, Storage and
 * Supply", "Survey of Coastal Towns (2016)", "Operation Dawn 2019", "Riga Energy Forum"), a city
 * known by its country ("Tartu, Estonia"), and a place name glued to an organisation
 * ("Lisbon NATO summit").
 */
public final class EntityRepairs {
  private static final String CAPITALISED = "[A-Z][\\w'-]*";
  /** "13th" in "13th Amendment". */
  private static final String ORDINAL = "\\d{1,3}(?:st|nd|rd|th)";
  /** "[Capitalised words] Convention [on|of|against [the] Capitalised words, ... and ...] [(2013)]". */
  private final Pattern documentName;
  private final List<String> documentDeterminers;
  private final Set<String> eventNameHeads;

  EntityRepairs(EntityWords words) {
    this.documentName = Pattern.compile(
        "(?:(?:" + CAPITALISED + "|" + ORDINAL + ")\\s+(?:" + WordLists.anyOf(words.documentNameConnectors()) + "\\s+)?)*"
            + WordLists.anyOf(words.documentNameHeads()) + "\\b"
            + "(?:\\s+" + WordLists.anyOf(words.documentNamePrepositions()) + "\\s+(?:the\\s+)?" + CAPITALISED
            + "(?:(?:,\\s+|\\s+and\\s+|\\s+)" + CAPITALISED + ")*)?(?:\\s+of\\s+\\d{4})?(?:\\s+\\(\\d{4}\\))?");
    this.documentDeterminers = words.documentNameDeterminers();
    this.eventNameHeads = words.eventNameHeads();
  }

  List<EntityMention> repair(AnnotatedArticle doc, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>();
    for (EntityMention m : mentions) {
      result.add(eventAsMisc(cityOfCountry(doc, m, mentions)));
    }
    result = withYearOfEvent(doc, result);
    result = splitPlaceFromOrganisation(doc, result);
    return withDocumentNames(doc, result);
  }

  /** "Riga Energy Forum", "the G20 Summit": a named event is MISC, not an organisation. */
  private EntityMention eventAsMisc(EntityMention m) {
    String last = m.text().substring(m.text().lastIndexOf(' ') + 1);
    if (m.type() == EntityType.ORGANIZATION && m.text().contains(" ") && eventNameHeads.contains(last)) {
      return m.withType(EntityType.MISC);
    }
    return m;
  }

  /** "Tartu, Estonia": a place named with its country is a city. */
  private static EntityMention cityOfCountry(AnnotatedArticle doc, EntityMention m, List<EntityMention> all) {
    if (!m.hasSubtype(LocationSubtype.REGION)) {
      return m;
    }
    String text = doc.text();
    for (EntityMention next : all) {
      boolean country = next.hasSubtype(LocationSubtype.COUNTRY);
      if (country && next.span().begin() == m.span().end() + 2 && text.startsWith(", ", m.span().end())) {
        return m.withSubtype(LocationSubtype.CITY);
      }
    }
    return m;
  }

  /** "Operation Dawn 2019": a year right after an event name is part of it. */
  private static List<EntityMention> withYearOfEvent(AnnotatedArticle doc, List<EntityMention> mentions) {
    Matcher year = Pattern.compile(" \\d{4}\\b").matcher(doc.text());
    List<EntityMention> result = new ArrayList<>();
    for (EntityMention m : mentions) {
      int end = m.span().end();
      if (m.type() == EntityType.MISC && year.region(end, Math.min(doc.text().length(), end + 5)).lookingAt()) {
        CharSpan span = new CharSpan(m.span().begin(), end + 5);
        String text = span.of(doc.text());
        result.add(m.withSpan(span, text).withCanonical(text));
      } else {
        result.add(m);
      }
    }
    return result;
  }

  /** "Lisbon NATO": a place named elsewhere in the article, glued to an organisation named elsewhere. */
  private static List<EntityMention> splitPlaceFromOrganisation(AnnotatedArticle doc, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>();
    // The first mention of each type and text, looked up per organisation instead of a pass over all mentions.
    java.util.Map<String, EntityMention> firstOfName = new java.util.HashMap<>();
    mentions.forEach(e -> firstOfName.putIfAbsent(e.type() + "\t" + e.text(), e));
    for (EntityMention m : mentions) {
      int space = m.text().indexOf(' ');
      if (m.type() != EntityType.ORGANIZATION || space < 0) {
        result.add(m);
        continue;
      }
      String head = m.text().substring(0, space);
      String rest = m.text().substring(space + 1);
      EntityMention place = firstOfName.get(EntityType.LOCATION + "\t" + head);
      EntityMention org = firstOfName.get(EntityType.ORGANIZATION + "\t" + rest);
      if (place == null || org == null) {
        result.add(m);
        continue;
      }
      CharSpan first = new CharSpan(m.span().begin(), m.span().begin() + space);
      CharSpan second = new CharSpan(m.span().begin() + space + 1, m.span().end());
      result.add(new EntityMention(first, head, EntityType.LOCATION, place.subtype(), m.sentence(), head));
      result.add(EntityMention.of(second, rest, EntityType.ORGANIZATION, m.sentence()));
    }
    return result;
  }

  /** A headline in Title Case ("Government Unveils Energy Strategy") is not a run of names. */
  private static boolean inTitleCaseLine(String text, int offset) {
    int begin = text.lastIndexOf('\n', offset) + 1;
    int end = text.indexOf('\n', offset);
    String line = text.substring(begin, end < 0 ? text.length() : end);
    long words = 0;
    long capitalised = 0;
    for (String w : line.split("\\s+")) {
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 3 && capitalised == words;
  }

  /**
   * Names of laws, treaties and reports the tagger cuts up become one MISC mention replacing
   * the pieces inside it (the scheme annotates the longest name only).
   */
  private List<EntityMention> withDocumentNames(AnnotatedArticle doc, List<EntityMention> mentions) {
    List<EntityMention> names = new ArrayList<>();
    Matcher m = documentName.matcher(doc.text());
    while (m.find()) {
      int start = m.start();
      String found = m.group();
      for (String determiner : documentDeterminers) {
        if (found.startsWith(determiner + " ")) {
          found = found.substring(determiner.length() + 1);
          start += determiner.length() + 1;
        }
      }
      boolean multiWord = found.contains(" ") || found.contains("-");
      boolean qualified = found.split("\\s+").length >= 2;
      int sentence = doc.sentenceAt(start);
      if (!multiWord || !qualified || sentence < 0 || found.contains("\n") || inTitleCaseLine(doc.text(), start)) {
        continue;
      }
      CharSpan span = new CharSpan(start, m.end());
      names.add(EntityMention.of(span, found, EntityType.MISC, sentence));
    }
    if (names.isEmpty()) {
      return mentions;
    }
    List<EntityMention> result = new ArrayList<>(names);
    for (EntityMention e : mentions) {
      if (names.stream().noneMatch(n -> n.span().overlaps(e.span()))) {
        result.add(e);
      }
    }
    result.sort(Comparator.comparing(EntityMention::span));
    return result;
  }
}
