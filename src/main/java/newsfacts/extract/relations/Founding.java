package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.RelationWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;

/**
 * org:date_founded, org:city_of_founding and org:founded_by from "X was founded/established on
 * DATE in CITY by A, B and C", "Founded in CITY in YEAR, X ...", "the establishment of X in YEAR".
 * A founder is a person, an organisation or a country, described or not ("by Freedonian engineer Ana Ruiz").
 * An active "X has established a mechanism" is not a founding of X.
 */
public final class Founding {
  private final Set<String> foundingVerbs;
  private final Set<String> foundingNouns;
  private final Set<String> perfectAuxiliaries;

  Founding(RelationWords words) {
    this.foundingVerbs = words.foundingVerbs();
    this.foundingNouns = words.foundingNouns();
    this.perfectAuxiliaries = words.perfectAuxiliaries();
  }

  List<Relation> extract(RelationSentence s, List<EntityMention> all) {
    List<Relation> found = new ArrayList<>();
    int n = s.tokens().size();
    for (int i = 0; i < n; i++) {
      String lemma = s.token(i).lemma().toLowerCase(Locale.ROOT);
      String word = s.token(i).word().toLowerCase(Locale.ROOT);
      EntityMention org;
      if (foundingNouns.contains(word) && i + 1 < n && s.token(i + 1).word().equals("of")) {
        int j = i + 2 < n && s.token(i + 2).pos().equals("DT") ? i + 3 : i + 2;
        org = s.entityStartingAt(j);
      } else if (foundingVerbs.contains(lemma) && s.token(i).pos().equals("VBN") && !activePerfect(s, i)) {
        org = organisation(s, i);
      } else {
        continue;
      }
      if (org == null || org.type() != EntityType.ORGANIZATION) {
        continue;
      }
      arguments(s, i, org, found);
    }
    return found;
  }

  private static void arguments(RelationSentence s, int trigger, EntityMention org, List<Relation> found) {
    int from = s.token(trigger).span().end();
    int to = clauseEnd(s, trigger, org);
    String subject = org.canonical();
    for (Timex t : s.dates) {
      if (t.span().begin() >= from && t.span().end() <= to && t.type() == TimexType.DATE && !t.value().isEmpty()
          && Character.isDigit(t.value().charAt(0))) {
        found.add(s.relation(subject, RelationSlot.ORG_DATE_FOUNDED, t.value(), "founding", 0.85));
        break;
      }
    }
    for (EntityMention e : s.entities) {
      if (e.span().begin() < from || e.span().end() > to) {
        continue;
      }
      String before = wordBefore(s, e);
      if (e.hasSubtype(LocationSubtype.CITY) && before.equals("in")) {
        found.add(s.relation(subject, RelationSlot.ORG_CITY_OF_FOUNDING, e.canonical(), "founding", 0.85));
      }
    }
    int by = -1;
    for (int i = s.tokenAt(from); i < s.tokens().size() && s.token(i).span().end() <= to; i++) {
      if (s.token(i).word().equals("by")) {
        by = i;
        break;
      }
    }
    for (int i = by + 1; by >= 0 && i < s.tokens().size(); ) {
      i = pastDescription(s, i);
      EntityMention e = s.entityStartingAt(i);
      if (!RelationSentence.isCountryOrOrg(e) && !isPerson(s, e)) {
        break;
      }
      found.add(s.relation(subject, RelationSlot.ORG_FOUNDED_BY, e.canonical(), "founding", 0.85));
      i = s.lastToken(e) + 1;
      while (i < s.tokens().size() && (s.token(i).word().equals(",") || s.token(i).word().equals("and"))) {
        i++;
      }
    }
  }

  /**
   * "by the Freedonian businessman Ana Ruiz", "by engineer Bo Lund": a determiner, a nationality
   * and common nouns describing the founder come before the name; the founder's first token, or
   * i when no person follows such a description.
   */
  private static int pastDescription(RelationSentence s, int i) {
    int n = s.tokens().size();
    int j = i < n && s.token(i).pos().equals("DT") ? i + 1 : i;
    EntityMention nationality = s.entityStartingAt(j);
    if (nationality != null && nationality.type() == EntityType.NATIONALITY) {
      j = s.lastToken(nationality) + 1;
    }
    for (int k = 0; k < 3 && j < n && s.token(j).pos().startsWith("NN") && s.entityStartingAt(j) == null
        && Character.isLowerCase(s.token(j).word().charAt(0)); k++) {
      j++;
    }
    EntityMention founder = s.entityStartingAt(j);
    return j > i && isPerson(s, founder) ? j : i;
  }

  /** A person's name, not one that modifies a noun ("by the Ruiz family"). */
  private static boolean isPerson(RelationSentence s, EntityMention e) {
    if (e == null || e.type() != EntityType.PERSON) {
      return false;
    }
    int next = s.lastToken(e) + 1;
    return next >= s.tokens().size() || !s.token(next).pos().startsWith("NN");
  }

  /** Arguments of a fronted participle ("Founded in X in Y, the union ...") stop at the subject. */
  private static int clauseEnd(RelationSentence s, int trigger, EntityMention org) {
    boolean nounTrigger = s.token(trigger).pos().startsWith("NN");
    if (!nounTrigger && org.span().begin() > s.token(trigger).span().end()) {
      return org.span().begin();
    }
    for (int i = trigger + 1; i < s.tokens().size(); i++) {
      String w = s.token(i).word();
      boolean verb = nounTrigger && s.token(i).pos().startsWith("VB")
          || w.equals("and") && i + 1 < s.tokens().size() && s.token(i + 1).pos().startsWith("VB")
          || w.equals("and") && i + 2 < s.tokens().size() && s.token(i + 2).pos().startsWith("VB")
              && s.token(i + 1).pos().startsWith("RB");
      if (verb || w.equals(";") || w.equals("to") && i + 1 < s.tokens().size() && s.token(i + 1).pos().startsWith("VB")) {
        return s.token(i).span().begin();
      }
    }
    return s.evidence.end();
  }

  private boolean activePerfect(RelationSentence s, int verb) {
    if (verb == 0) {
      return false;
    }
    String previous = s.token(verb - 1).word().toLowerCase(Locale.ROOT);
    return perfectAuxiliaries.contains(previous);
  }

  /** The organisation the participle describes: nearest before it, else the first after it. */
  private static EntityMention organisation(RelationSentence s, int verb) {
    EntityMention before = s.organisationBefore(verb);
    if (before != null || verb > 1) {
      return before;
    }
    int offset = s.token(verb).span().end();
    return s.entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION && e.span().begin() >= offset)
        .findFirst().orElse(null);
  }

  private static String wordBefore(RelationSentence s, EntityMention e) {
    int i = s.firstToken(e) - 1;
    return i >= 0 ? s.token(i).word().toLowerCase(Locale.ROOT) : "";
  }
}
