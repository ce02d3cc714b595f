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

/**
 * per:title (and the employer the title noun names) from a verb that gives, keeps or ends a post,
 * through the dependency parse: "Ana Ruiz becomes director of research", "Bo Lund was named
 * commander", "Ana Ruiz resigned as chief executive", "Bo Lund was picked as a Tidewater Bank
 * analyst". The holder is the verb's object when it has one ("the board named Ana Ruiz
 * chairman"), else its subject; the lexicon pairs each lemma with how the post attaches, so
 * "sees himself as a leader" gives nothing. A subject "he" or "she" is the one person named just
 * before it.
 */
final class RoleVerbs {
  private static final Set<String> PERSONAL = Set.of("he", "she");
  private final Set<String> verbs;
  private final Titles titles;
  private final DependencyRoles roles;

  RoleVerbs(RelationWords words, DependencyRoles roles) {
    this.verbs = words.roleVerbs();
    this.titles = new Titles(words);
    this.roles = roles;
  }

  List<Relation> extract(RelationSentence s) {
    List<Relation> found = new ArrayList<>();
    if (s.sentence.dependencies().isEmpty()) {
      return found;
    }
    ParsedSentence p = new ParsedSentence(s.sentence);
    for (int v = 0; v < p.size(); v++) {
      if (!p.token(v).pos().startsWith("VB") || isCondition(p, v)) {
        continue;
      }
      int post = post(p, v);
      EntityMention holder = post < 0 ? null : holder(s, p, v, post);
      if (holder != null) {
        roles.role(s, p, holder, post, "title-role-verb", found);
      }
    }
    return found;
  }

  /**
   * "if Ana Ruiz becomes chairman, ...": a clause of condition or time in the present speaks of a
   * post not yet held; one in the past ("once Ana Ruiz was named chairman") states it.
   */
  private static boolean isCondition(ParsedSentence p, int verb) {
    int clause = p.relation(verb).equals("conj") && p.head(verb) >= 0 ? p.head(verb) : verb;
    if (!p.relation(clause).startsWith("advcl") || p.child(clause, "mark") < 0) {
      return false;
    }
    boolean past = p.token(verb).pos().equals("VBD");
    for (int c : p.children(verb)) {
      past |= p.relation(c).startsWith("aux") && p.token(c).pos().equals("VBD");
    }
    return !past;
  }

  /** The title noun the verb governs as the lexicon pairs them, or -1. */
  private int post(ParsedSentence p, int verb) {
    String lemma = p.token(verb).lemma().toLowerCase(Locale.ROOT);
    for (int c : p.children(verb)) {
      String relation = p.relation(c);
      String attach;
      if (relation.equals("xcomp") || relation.equals("obj") || relation.equals("dobj")) {
        attach = relation.equals("xcomp") ? "xcomp" : "obj";
      } else if (relation.startsWith("obl") || relation.startsWith("nmod") || relation.startsWith("advcl")) {
        int preposition = p.child(c, "case", "mark");
        attach = preposition < 0 ? "" : p.token(preposition).word().toLowerCase(Locale.ROOT);
      } else {
        continue;
      }
      boolean noun = p.token(c).pos().startsWith("NN");
      if (noun && verbs.contains(lemma + " " + attach) && titles.isTitleWord(p.token(c))) {
        return c;
      }
    }
    return -1;
  }

  /** The person who holds the post: a named object other than the post itself, else the subject. */
  private static EntityMention holder(RelationSentence s, ParsedSentence p, int verb, int post) {
    int object = p.child(verb, "obj", "dobj");
    int holder = object >= 0 && object != post ? object : p.child(verb, "nsubj");
    if (holder < 0) {
      return null;
    }
    String pos = p.token(holder).pos();
    if ((pos.equals("WP") || pos.equals("WDT")) && p.relation(verb).equals("acl:relcl")) {
      holder = p.head(verb);
    }
    if (holder >= 0 && PERSONAL.contains(p.token(holder).word().toLowerCase(Locale.ROOT))) {
      // "should she become president": a modal speaks of a post not held
      boolean modal = p.children(verb).stream().anyMatch(c -> p.relation(c).startsWith("aux") && p.token(c).pos().equals("MD"));
      return modal || quoted(s) ? null : personMeant(s, holder);
    }
    EntityMention e = holder < 0 ? null : Titles.entityAt(s, holder);
    return e != null && e.type() == EntityType.PERSON ? e : null;
  }

  /**
   * "Ana Ruiz is a fellow at Y. She previously served as ambassador": a personal pronoun stands for
   * the person named before it in its sentence or the one before, when that is one person only.
   */
  /** A pronoun in a sentence with quotation marks may be a speaker's, for someone the speaker means. */
  private static boolean quoted(RelationSentence s) {
    return s.tokens().stream().anyMatch(t -> t.pos().equals("``") || t.pos().equals("''"))
        || s.doc.text().substring(s.sentence.span().begin(), s.sentence.span().end()).matches("(?s).*[\"\u201C\u201D].*");
  }

  private static EntityMention personMeant(RelationSentence s, int pronoun) {
    int offset = s.token(pronoun).span().begin();
    EntityMention meant = null;
    for (EntityMention e : s.article()) {
      boolean near = e.sentence() >= s.sentence.index() - 1 && e.span().end() <= offset;
      if (e.type() != EntityType.PERSON || !near) {
        continue;
      }
      if (meant != null && !meant.canonical().equals(e.canonical())) {
        return null;
      }
      meant = e;
    }
    return meant;
  }
}
