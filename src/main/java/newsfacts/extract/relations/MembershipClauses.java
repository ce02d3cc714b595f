package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;

/**
 * org:member_of and org:observer_of stated by a clause rather than a list, read from the
 * dependency parse: a country as the subject of "be/become a (founding) member/observer (of X)",
 * of "join X" ("Freedonia, which joined the bloc in 2009"; "since Freedonia joined"), the object of
 * "count A among its members", or the receiver of "observer status". The organisation is the one
 * the noun or verb names (a name, "an X observer", "of which"), else, for "the bloc", "its" or no
 * object, the last organisation named before.
 */
final class MembershipClauses {
  private static final Set<String> TIME_PREPOSITIONS = Set.of("since", "in", "from");
  private final Set<String> joiningVerbs = WordLists.set("joining-verbs.txt");
  private final OrganisationReferences references = new OrganisationReferences();

  List<Relation> extract(RelationSentence s, List<EntityMention> article) {
    List<Relation> found = new ArrayList<>();
    if (s.sentence.dependencies().isEmpty()) {
      return found;
    }
    ParsedSentence p = new ParsedSentence(s.sentence);
    for (int i = 0; i < p.size(); i++) {
      String lemma = p.token(i).lemma().toLowerCase(Locale.ROOT);
      boolean noun = p.token(i).pos().startsWith("NN");
      if (isNegated(p, i)) {
        continue; // "would not join", "is not a member"
      }
      if (noun && (lemma.equals("member") || lemma.equals("observer"))) {
        List<Integer> subjects = new ArrayList<>(subjectsOfNoun(p, i));
        if (!subjects.isEmpty()) {
          subjects.addAll(elliptical(s, i));
        }
        add(s, subjects, organisationOfNoun(s, p, i, article), lemma.equals("observer"), found);
      } else if (p.isVerb(i) && joiningVerbs.contains(lemma) && !p.relation(i).startsWith("xcomp")) {
        add(s, subjects(p, p.child(i, "nsubj")), organisationJoined(s, p, i, article), false, found);
      } else if (noun && lemma.equals("status") && isObserverWord(p, p.child(i, "compound")) && p.head(i) >= 0) {
        add(s, subjects(p, receiver(p, p.head(i))), OrganisationReferences.mostNamed(s, i, article, null), true, found);
      }
    }
    return found;
  }

  private void add(RelationSentence s, List<Integer> subjects, EntityMention org, boolean observer, List<Relation> found) {
    if (org == null) {
      return;
    }
    for (int t : subjects) {
      EntityMention c = Titles.entityAt(s, t);
      if (c != null && c.hasSubtype(LocationSubtype.COUNTRY)) {
        found.add(s.relation(c.canonical(), observer ? RelationSlot.ORG_OBSERVER_OF : RelationSlot.ORG_MEMBER_OF,
            org.canonical(), observer ? "observer-clause" : "member-clause", 0.8));
      }
    }
  }

  /**
   * "A has been an observer since 2019, and B since 2022": a name after "and" with only a time phrase
   * of its own (no verb follows) shares the predicate.
   */
  private static List<Integer> elliptical(RelationSentence s, int noun) {
    List<Integer> more = new ArrayList<>();
    int n = s.tokens().size();
    for (int j = noun + 1; j + 2 < n; j++) {
      EntityMention e = s.token(j).word().equals("and") ? s.entityStartingAt(j + 1) : null;
      int after = e == null ? -1 : s.lastToken(e) + 1;
      if (after > 0 && after < n && TIME_PREPOSITIONS.contains(s.token(after).word().toLowerCase(Locale.ROOT))
          && s.tokens().subList(after, n).stream().noneMatch(t -> t.pos().startsWith("VB"))) {
        more.add(j + 1);
      }
    }
    return more;
  }

  /** Who gets the status: "granted observer status to A", "A was granted", "gave A", "A holds observer status". */
  private static int receiver(ParsedSentence p, int verb) {
    for (int c : p.children(verb)) {
      int mark = p.child(c, "case");
      if (p.relation(c).startsWith("obl") && mark >= 0 && p.token(mark).word().equalsIgnoreCase("to")) {
        return c;
      }
    }
    int other = p.child(verb, "nsubj:pass");
    other = other >= 0 ? other : p.child(verb, "iobj");
    return other >= 0 ? other : p.child(verb, "nsubj");
  }

  /** "A is/became a member", "A and B are members", "A is ... and a founding member", "counts A among its members". */
  private static List<Integer> subjectsOfNoun(ParsedSentence p, int noun) {
    if (p.child(noun, "cop") < 0 && p.relation(noun).equals("conj") && p.child(p.head(noun), "cop") >= 0) {
      return subjects(p, p.child(p.head(noun), "nsubj"));
    }
    if (p.child(noun, "cop") >= 0) {
      return subjects(p, p.child(noun, "nsubj"));
    }
    int governor = p.head(noun);
    if (governor < 0) {
      return List.of();
    }
    String lemma = p.token(governor).lemma().toLowerCase(Locale.ROOT);
    if (p.relation(noun).equals("xcomp") && lemma.equals("become")) {
      return subjects(p, p.child(governor, "nsubj"));
    }
    int among = p.child(noun, "case");
    if (p.relation(noun).startsWith("obl") && among >= 0 && p.token(among).word().equalsIgnoreCase("among")) {
      return subjects(p, p.child(governor, "obj"));
    }
    return List.of();
  }

  private static boolean isNegated(ParsedSentence p, int token) {
    for (int c : p.children(token)) {
      String word = p.token(c).word().toLowerCase(Locale.ROOT);
      boolean not = word.equals("not") || word.equals("n't") || word.equals("never");
      if (p.relation(c).equals("neg") || p.relation(c).equals("advmod") && not) {
        return true;
      }
    }
    return false;
  }

  /** The subject token and its conjuncts; a relative pronoun stands for the noun its clause modifies. */
  private static List<Integer> subjects(ParsedSentence p, int subject) {
    if (subject < 0) {
      return List.of();
    }
    if (p.token(subject).pos().startsWith("W") && p.relation(p.head(subject)).equals("acl:relcl")) {
      subject = p.head(p.head(subject));
    }
    List<Integer> all = new ArrayList<>(List.of(subject));
    for (int c : p.children(subject)) {
      if (p.relation(c).equals("conj")) {
        all.add(c);
      }
    }
    return all;
  }

  private EntityMention organisationOfNoun(RelationSentence s, ParsedSentence p, int noun, List<EntityMention> article) {
    for (int c : p.children(noun)) {
      String rel = p.relation(c);
      EntityMention e = Titles.entityAt(s, c);
      boolean named = rel.startsWith("nmod") || rel.equals("compound") || rel.startsWith("obl");
      if (named && e != null && e.type() == EntityType.ORGANIZATION) {
        return e;
      }
      if (named && p.token(c).pos().startsWith("W") && p.relation(noun).equals("acl:relcl")) {
        EntityMention antecedent = Titles.entityAt(s, p.head(noun)); // "X, of which A is a member"
        return antecedent != null && antecedent.type() == EntityType.ORGANIZATION ? antecedent : null;
      }
      if (named && references.refersToOrganisation(p, c)) {
        return references.withMembers(s, p, c);
      }
    }
    boolean predicate = p.child(noun, "cop") >= 0 || p.relation(noun).equals("xcomp") || p.relation(noun).equals("conj");
    return predicate ? OrganisationReferences.mostNamed(s, noun, article, null) : null;
  }

  private EntityMention organisationJoined(RelationSentence s, ParsedSentence p, int verb, List<EntityMention> article) {
    int object = p.child(verb, "obj");
    if (object < 0) {
      boolean bare = p.children(verb).stream().noneMatch(c -> p.relation(c).startsWith("obl") && !isDate(s, c)
          || p.relation(c).equals("ccomp") || p.relation(c).equals("parataxis"));
      return bare ? OrganisationReferences.mostNamed(s, verb, article, null) : null;
    }
    EntityMention e = Titles.entityAt(s, object);
    if (e != null) {
      return e.type() == EntityType.ORGANIZATION ? e : null;
    }
    return references.withMembers(s, p, object);
  }

  private static boolean isObserverWord(ParsedSentence p, int token) {
    return token >= 0 && p.token(token).lemma().equalsIgnoreCase("observer");
  }

  private static boolean isDate(RelationSentence s, int token) {
    return s.dates.stream().anyMatch(d -> d.span().contains(s.token(token).span()));
  }
}
