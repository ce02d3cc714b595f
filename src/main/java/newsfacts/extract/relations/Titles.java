package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.RelationWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.NerTag;
import newsfacts.model.Token;

/**
 * Titles as the scheme writes them: the words of the post with their complement, without
 * determiners, time words ("former"), ages, party adjectives or the employer's name, which
 * becomes the employer instead ("the former Freedonian trade minister" -> "trade minister",
 * employer Freedonia). "president and chief executive" is two titles. A phrase with a verb
 * ("who was then its chief") or an election role ("candidate") is no title; a participle before a
 * noun is an adjective ("managing director", "controlling shareholder").
 */
final class Titles {
  private final Set<String> titleWords;
  private static final Set<String> ORDINALS =
      Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
  private final Set<String> strippedModifiers;
  private final Set<String> nonTitleRoles;
  private final Set<String> executiveTitles;
  private final Set<String> founderNouns;
  /** Where a title before a name begins. */
  final TitleStarts starts = new TitleStarts(this);

  Titles(RelationWords words) {
    this.titleWords = words.titleWords();
    this.strippedModifiers = words.titleStrippedModifiers();
    this.nonTitleRoles = words.nonTitleRoles();
    this.executiveTitles = words.executiveTitles();
    this.founderNouns = words.founderNouns();
  }

  /**
   * The titles found in a phrase, the employer named inside it (or null), and whether the phrase
   * calls the person a founder ("founder and chief executive of Y").
   */
  record Found(List<String> titles, EntityMention employer, boolean founder) {}

  boolean isTitleWord(Token t) {
    return t.ner() == NerTag.TITLE || titleWords.contains(t.word());
  }

  Found clean(RelationSentence s, int start, int end) {
    for (int i = start; i <= end; i++) {
      String pos = s.token(i).pos();
      boolean adjectival = (pos.equals("VBG") || pos.equals("VBN")) && i < end && s.token(i + 1).pos().startsWith("NN");
      if (pos.startsWith("VB") && !adjectival || pos.equals("WP") || pos.equals("WDT") || pos.equals("MD")) {
        return new Found(List.of(), null, false);
      }
    }
    EntityMention[] owners = new EntityMention[2];
    List<String> titles = new ArrayList<>();
    boolean founder = false;
    int partStart = start;
    for (int j = start; j <= end + 1; j++) {
      boolean split = j > end || s.token(j).word().equals("and") || s.token(j).word().equals("&");
      if (split && partStart < j) {
        int from = skipOwners(s, partStart, j - 1, owners);
        founder |= from < j && founderNouns.contains(s.token(from).word().toLowerCase(Locale.ROOT));
        if (from < j) {
          title(s, from, j - 1).ifPresent(titles::add);
        }
        partStart = j + 1;
      }
    }
    EntityMention employer = owners[0];
    if (employer == null && owners[1] != null && isExecutive(titles)) {
      employer = owners[1];
    }
    return new Found(titles, employer, founder);
  }

  /**
   * Skips determiners, time words and named owners at the start of a title phrase ("a Tidewater
   * Bank board director"); owners[0] is the organisation or country named, owners[1] a city or
   * state. Returns the first token of the title proper.
   */
  private int skipOwners(RelationSentence s, int start, int end, EntityMention[] owners) {
    int i = start;
    while (i <= end) {
      EntityMention e = entityAt(s, i);
      int after = e == null ? i : s.lastToken(e) + 1;
      if (after <= end - 1 && s.token(after).pos().equals("HYPH")) {
        i = after + 2; // "a Lakeland-based director": the place and "-based" qualify, they own nothing
      } else if (i == start && i > 0 && s.token(i - 1).pos().equals("HYPH")) {
        i++; // the phrase starts inside "Lakeland-based"
      } else if (e != null) {
        if (isEmployer(e)) {
          owners[0] = e;
        } else if (isCityOrState(e)) {
          owners[1] = e;
        }
        i = s.lastToken(e) + 1;
      } else if (isStripped(s.token(i)) || i < end && isCountingOrdinal(s.token(i), s.token(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** "mayor", "police chief": a post whose city or state is the employer, unlike a legislator's seat. */
  boolean isExecutive(List<String> titles) {
    return titles.stream().map(t -> t.toLowerCase(Locale.ROOT))
        .anyMatch(t -> executiveTitles.contains(t.substring(t.lastIndexOf(' ') + 1)));
  }

  /** Whether a founder noun is among the tokens ("founder and chief of Y"). */
  boolean mentionsFounder(RelationSentence s, int start, int end) {
    for (int i = start; i <= end; i++) {
      if (founderNouns.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A city, state or region (a county): the employer of its mayor, governor or sheriff. */
  static boolean isCityOrState(EntityMention e) {
    return e != null && (e.hasSubtype(LocationSubtype.CITY) || e.hasSubtype(LocationSubtype.STATE_OR_PROVINCE)
        || e.hasSubtype(LocationSubtype.REGION));
  }

  private java.util.Optional<String> title(RelationSentence s, int start, int end) {
    boolean hasTitleWord = false;
    for (int i = start; i <= end; i++) {
      hasTitleWord |= isTitleWord(s.token(i));
      if (entityAt(s, i) != null && i != start) {
        return java.util.Optional.empty();
      }
    }
    String text = s.doc.text().substring(s.token(start).span().begin(), s.token(end).span().end());
    String lower = text.toLowerCase(Locale.ROOT);
    String head = lower.replaceAll(" (of|for|to|on) .*$", "");
    boolean electionRole = nonTitleRoles.stream().anyMatch(r -> head.equals(r) || head.endsWith(" " + r));
    boolean endsOpen = s.token(end).pos().equals("IN") || s.token(end).pos().equals("DT")
        || s.token(start).pos().equals("IN") || s.token(start).pos().equals("TO");
    if (!hasTitleWord || electionRole || endsOpen || entityAt(s, start) != null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(text);
  }

  /**
   * "the bloc's first Secretary-General" holds the post "Secretary-General"; a capitalised ordinal
   * names a rank of its own ("First Secretary") and "first lady" is a title.
   */
  private static boolean isCountingOrdinal(Token t, Token next) {
    return ORDINALS.contains(t.word()) && !next.word().equalsIgnoreCase("lady");
  }

  private boolean isStripped(Token t) {
    String pos = t.pos();
    String lower = t.word().toLowerCase(Locale.ROOT);
    return pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS") || pos.equals("CD") || pos.equals(",")
        || strippedModifiers.contains(lower) || lower.contains("-year-old") || lower.endsWith("-based")
        || lower.endsWith("-term");
  }

  static boolean isEmployer(EntityMention e) {
    return e.type() == EntityType.ORGANIZATION || e.type() == EntityType.NATIONALITY
        || e.hasSubtype(LocationSubtype.COUNTRY);
  }

  static EntityMention entityAt(RelationSentence s, int token) {
    Token t = s.token(token);
    return s.entities.stream().filter(e -> e.span().contains(t.span())).findFirst().orElse(null);
  }
}
