package newsfacts.extract.quotes.speakers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.EntityMention;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Role nominals in subject position ("The senator arrived late.") as mentions of the person the
 * article introduced with that role, so that a later "he" or "she" can refer to them: in "Trade
 * Minister Ana Ruiz met Tom Hale. ... The minister left early. She said ...", "she" is Ruiz.
 */
final class RoleSubjects {
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
  private static final Set<String> MODIFIERS = Set.of("amod", "compound");

  private RoleSubjects() {}

  /** Adds to {@code profiles} each definite role nominal subject that {@code antecedents} links to a person. */
  static void link(AnnotatedArticle doc, List<EntityMention> entities, PersonProfiles profiles,
      Antecedents antecedents) {
    List<PersonMention> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      ParsedSentence p = new ParsedSentence(s);
      for (int t = 0; t < p.size(); t++) {
        Token head = p.token(t);
        if (!isDefiniteRoleSubject(p, t) || insideEntity(head, entities) || profiles.isQuoted(head.span().begin())) {
          continue;
        }
        String lemma = head.lemma().toLowerCase(Locale.ROOT);
        String person = antecedents.ofRole(head.span().begin(), lemma, modifiers(p, t), profiles.genderOfNoun(lemma));
        if (person != null) {
          found.add(new PersonMention(p.span(p.subtree(t)).begin(), s.index(), person, true, false));
        }
      }
    }
    found.forEach(profiles::addRoleMention);
  }

  /** A singular common noun, subject of its clause, with the definite article. */
  private static boolean isDefiniteRoleSubject(ParsedSentence p, int t) {
    if (!p.token(t).pos().equals("NN") || !SUBJECTS.contains(p.relation(t))) {
      return false;
    }
    int det = p.child(t, "det");
    return det >= 0 && p.token(det).word().equalsIgnoreCase("the");
  }

  /** The lemmas of the noun's adjectives and noun modifiers ("Ruritanian", "foreign"). */
  private static Set<String> modifiers(ParsedSentence p, int noun) {
    Set<String> result = new HashSet<>();
    for (int c : p.children(noun)) {
      if (MODIFIERS.contains(p.relation(c))) {
        result.add(p.token(c).lemma().toLowerCase(Locale.ROOT));
      }
    }
    return result;
  }

  private static boolean insideEntity(Token t, List<EntityMention> entities) {
    return entities.stream().anyMatch(e -> e.span().overlaps(t.span()));
  }
}
