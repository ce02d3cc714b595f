package newsfacts.extract.quotes.speakers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Sentence;

/**
 * An organisation nominal ("the campaign", "her campaign") as the latest earlier phrase with the same
 * noun and a named owner: "the Lopez campaign", "Hale's campaign". A body named after a person is
 * neither that person nor another organisation quoted before ("The campaign said" after "the Lopez
 * campaign ran ads" is the Lopez campaign). With a possessive pronoun owner, only a phrase naming the
 * pronoun's person counts, else the person's name with the noun ("Maria Lopez's campaign").
 */
final class NamedNominals {
  private static final Set<String> OWNER_RELATIONS = Set.of("compound", "nmod:poss");

  private final AnnotatedArticle doc;
  private final List<EntityMention> entities;

  NamedNominals(AnnotatedArticle doc, List<EntityMention> entities) {
    this.doc = doc;
    this.entities = entities;
  }

  /** A phrase found at a character position. */
  record Found(int position, String text) {}

  /**
   * The latest phrase before {@code offset} headed by {@code noun} with a named owner (any, if owner is
   * null) and no noun modifier outside the mention's own words.
   */
  Found latestOwned(int offset, String noun, Set<String> mentionWords, String owner) {
    Found[] best = {null};
    forEachOwned(offset, noun, mentionWords, (name, found) -> {
      if (owner == null || sameName(name, owner)) {
        best[0] = found;
      }
    });
    return best[0];
  }

  /** Each phrase before {@code offset} headed by {@code noun} with a named owner, in text order. */
  private void forEachOwned(int offset, String noun, Set<String> mentionWords,
      BiConsumer<EntityMention, Found> action) {
    for (Sentence s : doc.sentences()) {
      ParsedSentence p = new ParsedSentence(s);
      for (int t = 0; t < p.size() && p.token(t).span().end() <= offset; t++) {
        // Singular heads only: "the poll" is not "the past two polls".
        if (!p.token(t).lemma().toLowerCase(Locale.ROOT).equals(noun) || !p.token(t).pos().matches("NNP?")) {
          continue;
        }
        EntityMention name = ownerName(p, t);
        if (name != null && !hasOtherNounModifier(p, t, mentionWords)) {
          int det = p.child(t, "det");
          int start = det >= 0 && det < t ? Math.min(p.token(det).span().begin(), name.span().begin())
              : name.span().begin();
          action.accept(name, new Found(start, doc.text().substring(start, p.token(t).span().end())));
        }
      }
    }
  }

  /**
   * "the campaign" where the article names campaigns after several persons ("the Lopez campaign",
   * "Hale's campaign"): the phrase of the one among them mentioned last before it.
   */
  Found ofDefinite(int offset, String noun, Set<String> mentionWords) {
    Found latest = latestOwned(offset, noun, mentionWords, null);
    Set<String> owners = new HashSet<>();
    forEachOwned(offset, noun, mentionWords, (name, found) -> {
      if (name.type() == EntityType.PERSON) {
        owners.add(name.canonical());
      }
    });
    String recent = null;
    for (EntityMention e : entities) {
      if (e.span().end() <= offset && owners.contains(e.canonical())) {
        recent = e.canonical();
      }
    }
    return recent == null ? latest : latestOwned(offset, noun, mentionWords, recent);
  }

  /** "her campaign": a phrase naming her with the noun, else "Maria Lopez's campaign". */
  String ofPerson(int offset, String noun, Set<String> mentionWords, String person) {
    Found named = latestOwned(offset, noun, mentionWords, person);
    return named != null ? named.text() : person + "'s " + noun;
  }

  /**
   * The latest phrase before {@code offset} headed by {@code noun} in apposition with a name: "the
   * state water agency, Kellmar," or "Kellmar, the state water agency," found as "Kellmar".
   */
  Found latestApposed(int offset, String noun) {
    Found best = null;
    for (Sentence s : doc.sentences()) {
      ParsedSentence p = new ParsedSentence(s);
      for (int t = 0; t < p.size() && p.token(t).span().end() <= offset; t++) {
        EntityMention name = p.token(t).lemma().toLowerCase(Locale.ROOT).equals(noun) && p.token(t).pos().equals("NN")
            ? apposedName(p, t) : null;
        best = name == null ? best : new Found(p.token(t).span().begin(), name.canonical());
      }
    }
    return best;
  }

  /** "Lund's parent company, Kell Group": a noun with an owner of its own is another organisation. */
  private EntityMention apposedName(ParsedSentence p, int noun) {
    if (ownerName(p, noun) != null || p.child(noun, "nmod:poss") >= 0) {
      return null;
    }
    int head = p.head(noun);
    List<Integer> linked = new ArrayList<>(p.children(noun).stream().filter(c -> p.relation(c).equals("appos")).toList());
    if (p.relation(noun).equals("appos") && head >= 0) {
      linked.add(head);
    }
    for (int c : linked) {
      for (EntityMention e : entities) {
        boolean named = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
        if (named && e.span().contains(p.token(c).span())) {
          return e;
        }
      }
    }
    return null;
  }

  /** The person or organisation named by the noun's compound or possessive modifier, or null. */
  private EntityMention ownerName(ParsedSentence p, int noun) {
    for (int c : p.children(noun)) {
      if (!OWNER_RELATIONS.contains(p.relation(c)) || c > noun) {
        continue;
      }
      for (EntityMention e : entities) {
        boolean named = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION;
        if (named && e.span().contains(p.token(c).span())) {
          return e;
        }
      }
    }
    return null;
  }

  /** "Lund's parent company" is another company than "the company" (not than "the parent company"). */
  private static boolean hasOtherNounModifier(ParsedSentence p, int noun, Set<String> mentionWords) {
    return p.children(noun).stream().anyMatch(c -> p.relation(c).equals("compound")
        && p.token(c).pos().matches("NNS?") && !mentionWords.contains(p.token(c).lemma().toLowerCase(Locale.ROOT)));
  }

  private static boolean sameName(EntityMention name, String person) {
    return name.canonical().equals(person) || person.endsWith(" " + name.canonical());
  }
}
