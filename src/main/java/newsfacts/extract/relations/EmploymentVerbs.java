package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.RelationWords;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Relation;
import newsfacts.model.RelationSlot;

/**
 * per:employee_or_member_of from a verb of working through the dependency parse: the person is
 * the verb's subject (or, for "who", the name the relative clause hangs on), the organisation its
 * direct object or the object of the verb's own preposition, as the lexicon pairs them: "Ana Ruiz
 * heads the Tidewater Institute", "Bo Lund, who teaches at Harbour College, ...", "Bo Lund, an
 * aide now teaching at Harbour College". "runs for the
 * Senate" is no employment, since "run" takes its organisation only as a direct object.
 */
final class EmploymentVerbs {
  private final Set<String> verbs;

  EmploymentVerbs(RelationWords words) {
    this.verbs = words.employmentVerbs();
  }

  List<Relation> extract(RelationSentence s) {
    List<Relation> found = new ArrayList<>();
    if (s.sentence.dependencies().isEmpty()) {
      return found;
    }
    ParsedSentence p = new ParsedSentence(s.sentence);
    for (int v = 0; v < p.size(); v++) {
      if (!p.token(v).pos().startsWith("VB")) {
        continue;
      }
      EntityMention person = subject(s, p, v);
      EntityMention org = person == null ? null : organisation(s, p, v);
      if (org != null) {
        found.add(s.relation(person.canonical(), RelationSlot.PER_EMPLOYEE_OR_MEMBER_OF, org.canonical(),
            "employment-verb", 0.8));
      }
    }
    return found;
  }

  private static EntityMention subject(RelationSentence s, ParsedSentence p, int verb) {
    int subject = p.child(verb, "nsubj");
    if (subject < 0) {
      return participleHolder(s, p, verb);
    }
    String pos = p.token(subject).pos();
    if ((pos.equals("WP") || pos.equals("WDT")) && p.relation(verb).equals("acl:relcl")) {
      subject = p.head(verb);
    }
    EntityMention e = subject < 0 ? null : Titles.entityAt(s, subject);
    return e != null && e.type() == EntityType.PERSON ? e : null;
  }

  /**
   * "Bo Lund, teaching at Harbour College, ..." and "Bo Lund, a former aide now working for the
   * Tidewater Institute": a participle on the name, or on a noun in apposition to it.
   */
  private static EntityMention participleHolder(RelationSentence s, ParsedSentence p, int verb) {
    if (!p.relation(verb).equals("acl") || !p.token(verb).pos().equals("VBG")) {
      return null;
    }
    int noun = p.head(verb);
    EntityMention e = noun < 0 ? null : Titles.entityAt(s, noun);
    if (e == null && noun >= 0 && p.relation(noun).equals("appos") && p.head(noun) >= 0) {
      e = Titles.entityAt(s, p.head(noun));
    }
    return e != null && e.type() == EntityType.PERSON ? e : null;
  }

  private EntityMention organisation(RelationSentence s, ParsedSentence p, int verb) {
    String lemma = p.token(verb).lemma().toLowerCase(Locale.ROOT);
    for (int c : p.children(verb)) {
      String relation = p.relation(c);
      String attach;
      if (relation.equals("obj") || relation.equals("dobj")) {
        attach = "obj";
      } else if (relation.startsWith("obl") || relation.startsWith("nmod")) {
        int preposition = p.child(c, "case");
        attach = preposition < 0 ? "" : p.token(preposition).word().toLowerCase(Locale.ROOT);
      } else {
        continue;
      }
      EntityMention e = Titles.entityAt(s, c);
      if (verbs.contains(lemma + " " + attach) && e != null && e.type() == EntityType.ORGANIZATION) {
        return e;
      }
    }
    return null;
  }
}
