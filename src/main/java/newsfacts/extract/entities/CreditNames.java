package newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsfacts.extract.WordLists;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;

/**
 * Two name edges of credits and titles the tagger misses: the outlet that closes a byline ("By ANA
 * RUIZ Harbour Wire", "By Staff Reporter, Harbour Today": an organisation, unless the words name a
 * role such as "Staff Writer"), and a title word the tagger ran into an organisation's name before
 * a person ("Foreign Ministry Spokesperson Ana Ruiz": the organisation is "Foreign Ministry").
 */
final class CreditNames {
  /** A byline at the start of a line or after "| ", up to the end of the line. */
  private static final Pattern BYLINE = Pattern.compile("(?m)(?:^|\\| )By (.{3,120})$");
  /** Capitalised words (with "of", "the", "and", "&" inside), no digits: an outlet's name. */
  private static final Pattern OUTLET =
      Pattern.compile("[A-Z][\\p{L}'&.-]*(?: (?:of|the|and|&|[A-Z][\\p{L}'&.-]*)){0,5}");
  private final Set<String> roleWords = WordLists.set("byline-roles.txt");
  private final Set<String> titleWords = WordLists.set("title-words.txt").stream()
      .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

  List<EntityMention> apply(AnnotatedArticle doc, List<EntityMention> mentions) {
    List<EntityMention> result = trimTitles(doc, mentions);
    Matcher byline = BYLINE.matcher(doc.text());
    while (byline.find()) {
      outlet(doc, byline.start(1), byline.end(1), result).ifPresent(outlet -> {
        result.removeIf(m -> m.span().overlaps(outlet.span()));
        result.add(outlet);
      });
    }
    result.sort(Comparator.comparing(EntityMention::span));
    return result;
  }

  /** The words after the last person of the byline (or after its first comma when it names none). */
  private Optional<EntityMention> outlet(AnnotatedArticle doc, int begin, int end, List<EntityMention> mentions) {
    String text = doc.text();
    int comma = text.substring(begin, end).indexOf(',');
    if (comma > 0 && mentionsOnlyRoles(text.substring(begin, begin + comma))) {
      return outletAt(doc, begin + comma + 1, end, mentions, true); // "By Staff Reporter, Harbour Today", whatever the tagger said
    }
    int from = mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.span().begin() >= begin && m.span().end() <= end)
        .mapToInt(m -> m.span().end()).max().orElse(text.substring(begin, end).contains(",") ? text.indexOf(',', begin) + 1 : -1);
    return from < 0 ? Optional.empty() : outletAt(doc, from, end, mentions, false);
  }

  private Optional<EntityMention> outletAt(AnnotatedArticle doc, int start, int end, List<EntityMention> mentions, boolean retype) {
    String text = doc.text();
    int from = start;
    while (from < end && " ,|/\u2013\u2014-".indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    int to = end;
    while (to > from && " .".indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    String name = text.substring(from, to);
    if (name.isEmpty() || !OUTLET.matcher(name).matches() || mentionsRole(name)) {
      return Optional.empty();
    }
    CharSpan span = new CharSpan(from, to);
    boolean tagged = mentions.stream().anyMatch(m -> m.span().equals(span) && (!retype || m.type() == EntityType.ORGANIZATION));
    int sentence = doc.sentenceAt(from);
    if (tagged || sentence < 0) {
      return Optional.empty();
    }
    return Optional.of(new EntityMention(span, name, EntityType.ORGANIZATION, Optional.empty(), sentence, name));
  }

  private boolean mentionsOnlyRoles(String words) {
    for (String word : words.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!roleWords.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private boolean mentionsRole(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
      if (roleWords.contains(word) || titleWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** "Foreign Ministry Spokesperson" right before a person: the title words leave the organisation. */
  private List<EntityMention> trimTitles(AnnotatedArticle doc, List<EntityMention> mentions) {
    List<EntityMention> result = new ArrayList<>(mentions.size());
    String text = doc.text();
    for (EntityMention m : mentions) {
      int cut = m.text().length();
      while (m.type() == EntityType.ORGANIZATION && cut > 0 && m.text().lastIndexOf(' ', cut - 1) > 0
          && titleWords.contains(m.text().substring(m.text().lastIndexOf(' ', cut - 1) + 1, cut).toLowerCase(Locale.ROOT))) {
        cut = m.text().lastIndexOf(' ', cut - 1);
      }
      int end = m.span().begin() + cut;
      boolean beforePerson = mentions.stream().anyMatch(o -> o.type() == EntityType.PERSON && o.span().begin() == m.span().end() + 1)
          && text.charAt(m.span().end()) == ' ';
      if (cut < m.text().length() && beforePerson) {
        CharSpan span = new CharSpan(m.span().begin(), end);
        result.add(m.withSpan(span, span.of(text)));
      } else {
        result.add(m);
      }
    }
    return result;
  }
}
