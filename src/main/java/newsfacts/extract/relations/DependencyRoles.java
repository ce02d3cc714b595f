package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.RelationWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;

/**
 * per:title and per:employee_or_member_of through the dependency parse: a title noun in
 * apposition to a person ("Ana Ruiz, who leads it, the group's treasurer") or predicated of one
 * ("Ana Ruiz is the chief economist at Tidewater Bank"), its modifiers before it as the title, and
 * the employer from the noun's own dependents: a possessor ("Tidewater Bank's economist"), a
 * compound ("a Tidewater Bank economist") or a prepositional phrase introduced by an employer
 * preposition ("at", "of", "with").
 */
final class DependencyRoles {
  private final Titles titles;
  private final Set<String> employerPrepositions;
  private final PersonRoles roles;
  private final Set<String> memberNouns;
  private final OrganisationReferences organisations = new OrganisationReferences();

  DependencyRoles(RelationWords words, PersonRoles roles) {
    this.titles = new Titles(words);
    this.employerPrepositions = words.employerPrepositions();
    this.roles = roles;
    this.memberNouns = words.memberNouns();
  }

  List<Relation> extract(RelationSentence s) {
    List<Relation> found = new ArrayList<>();
    if (s.sentence.dependencies().isEmpty()) {
      return found;
    }
    ParsedSentence p = new ParsedSentence(s.sentence);
    for (EntityMention person : s.entities) {
      if (person.type() != EntityType.PERSON) {
        continue;
      }
      int head = headOf(p, s.firstToken(person), s.lastToken(person));
      for (int c : p.children(head)) {
        if (p.relation(c).equals("appos") && titles.isTitleWord(p.token(c))) {
          role(s, p, person, c, "title-appos-dependency", found);
        } else if (p.relation(c).equals("appos")) {
          membership(s, p, person, c, found);
        }
      }
      int governor = p.head(head);
      boolean subject = p.relation(head).startsWith("nsubj") && governor >= 0;
      boolean predicate = subject && p.child(governor, "cop") >= 0 && p.child(governor, "case") < 0; // not "is like a sprinter"
      if (predicate && titles.isTitleWord(p.token(governor))) {
        role(s, p, person, governor, "title-copula-dependency", found);
      } else if (predicate) {
        membership(s, p, person, governor, found);
      }
    }
    return found;
  }

  /** The token of the mention whose head lies outside it. */
  static int headOf(ParsedSentence p, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (p.head(i) < first || p.head(i) > last) {
        return i;
      }
    }
    return last;
  }

  void role(RelationSentence s, ParsedSentence p, EntityMention person, int noun, String rule, List<Relation> found) {
    int start = noun;
    while (start - 1 >= 0
        && (p.head(start - 1) == noun && isModifier(p.relation(start - 1)) || isHyphenPart(p, start - 1, start - 2, noun))) {
      start -= p.token(start - 1).word().equals("-") ? 2 : 1;
    }
    while (start < noun && (p.token(start).pos().equals("IN") || p.token(start).pos().equals("TO"))) {
      start++; // "as chief executive": the preposition is no part of the title
    }
    if (Titles.entityAt(s, noun) != null) {
      return;
    }
    int end = isHyphenPart(p, noun + 1, noun + 2, noun) ? noun + 2 : complementEnd(s, p, noun);
    Titles.Found titled = titles.clean(s, start, end);
    EntityMention employer = titled.employer() != null ? titled.employer() : employer(s, p, noun);
    roles.add(s, person, titled, employer, rule, found);
    EntityMention origin = countryFrom(s, p, noun);
    if (origin != null && titled.employer() == null && !titled.titles().isEmpty()) {
      found.add(s.relation(person.canonical(), RelationSlot.PER_ORIGIN, origin.canonical(), "origin-from", 0.8));
    }
  }

  /** "a career diplomat from Freedonia": a country the person comes from, not the employer. */
  private static EntityMention countryFrom(RelationSentence s, ParsedSentence p, int noun) {
    for (int c : p.children(noun)) {
      EntityMention e = Titles.entityAt(s, c);
      int preposition = p.child(c, "case");
      if (e != null && e.hasSubtype(LocationSubtype.COUNTRY) && p.relation(c).startsWith("nmod") && preposition >= 0
          && p.token(preposition).word().equalsIgnoreCase("from")) {
        return e;
      }
    }
    return null;
  }

  /**
   * "director of research": an "of" phrase of lower-case words right after the title noun
   * completes the title; the last token of the title.
   */
  private static int complementEnd(RelationSentence s, ParsedSentence p, int noun) {
    for (int c : p.children(noun)) {
      int preposition = p.child(c, "case");
      if (c <= noun || !p.relation(c).startsWith("nmod") || preposition != noun + 1
          || !p.token(preposition).word().equals("of")) {
        continue;
      }
      java.util.BitSet phrase = p.subtree(c);
      boolean plain = phrase.nextClearBit(noun + 1) == phrase.length() && phrase.nextSetBit(0) == noun + 1;
      for (int i = noun + 2; plain && i < phrase.length(); i++) {
        plain = Character.isLowerCase(p.token(i).word().charAt(0)) && Titles.entityAt(s, i) == null
            && !p.token(i).pos().equals("CC");
      }
      return plain ? phrase.length() - 1 : noun;
    }
    return noun;
  }

  /**
   * "Ana Ruiz, the ranking Republican on the Harbour Committee", "Bo Lund is a member of the
   * Tidewater Club": membership of the body named after "on" or "of", with no title.
   */
  private void membership(RelationSentence s, ParsedSentence p, EntityMention person, int noun, List<Relation> found) {
    if (!memberNouns.contains(p.token(noun).lemma().toLowerCase(Locale.ROOT)) || Titles.entityAt(s, noun) != null) {
      return;
    }
    for (int c : p.children(noun)) {
      EntityMention body = Titles.entityAt(s, c);
      int preposition = p.child(c, "case");
      String word = preposition < 0 ? "" : p.token(preposition).word().toLowerCase(Locale.ROOT);
      if (p.relation(c).startsWith("nmod") && body != null && body.type() == EntityType.ORGANIZATION
          && (word.equals("on") || word.equals("of"))) {
        found.add(s.relation(person.canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, body.canonical(),
            "member-dependency", 0.8));
      }
    }
  }

  /** "Secretary - General", "secretary - general": a hyphen and a word of the noun's, split off by the tokenizer. */
  private static boolean isHyphenPart(ParsedSentence p, int hyphen, int word, int noun) {
    return word >= 0 && word < p.size() && hyphen < p.size() && p.token(hyphen).word().equals("-")
        && p.head(word) == noun && Math.abs(hyphen - noun) == 1;
  }

  private static boolean isModifier(String relation) {
    return relation.equals("compound") || relation.equals("amod") || relation.equals("nmod:poss")
        || relation.equals("det") || relation.equals("case") || relation.equals("nummod");
  }

  private EntityMention employer(RelationSentence s, ParsedSentence p, int noun) {
    for (int c : p.children(noun)) {
      EntityMention e = Titles.entityAt(s, c);
      if (e == null || !Titles.isEmployer(e)) {
        continue;
      }
      if (p.relation(c).equals("nmod:poss") || p.relation(c).equals("compound")) {
        return e;
      }
      int preposition = p.child(c, "case");
      boolean introduced = preposition >= 0
          && employerPrepositions.contains(p.token(preposition).word().toLowerCase(Locale.ROOT));
      boolean from = preposition >= 0 && p.token(preposition).word().equalsIgnoreCase("from");
      if (p.relation(c).startsWith("nmod") && introduced && e.type() != EntityType.NATIONALITY
          && !(from && e.hasSubtype(LocationSubtype.COUNTRY))) {
        return e;
      }
    }
    int possessor = p.child(noun, "nmod:poss");
    return possessor >= 0 && Titles.entityAt(s, possessor) == null ? organisations.meant(s, p, possessor) : null;
  }
}
