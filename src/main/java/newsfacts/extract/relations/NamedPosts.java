package newsfacts.extract.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.RelationWords;
import newsfacts.extract.WordLists;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.Relation;

/**
 * A post named before the person who holds it, read from the parse: "The bloc's Secretary-General,
 * Ana Ruiz", "Its secretary-general, the Freedonian diplomat Ana Ruiz" (the name in apposition,
 * right after the comma or after a descriptive noun) and "The current Secretary-General of X is Ana
 * Ruiz". Not for posts nobody holds yet ("the next president, X"), inside a quotation, with a clause
 * of their own, before a list of names, or a copula post without "the" or a possessor ("One such
 * politician was X").
 */
final class NamedPosts {
  private final Titles titles;
  private final DependencyRoles roles;
  private final Set<String> unheld = WordLists.set("unheld-post-modifiers.txt");

  NamedPosts(RelationWords words, DependencyRoles roles) {
    this.titles = new Titles(words);
    this.roles = roles;
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
      int first = s.firstToken(person);
      int head = DependencyRoles.headOf(p, first, s.lastToken(person));
      int post = post(s, p, head, titles.starts.beforeHonorific(s, first - 1) + 1, s.lastToken(person));
      if (post >= 0 && titles.isTitleWord(p.token(post)) && !inQuotation(s, post) && !unheldOrClausal(p, post, head)
          && !personBetween(s, post, first)) {
        roles.role(s, p, person, post, "post-appos-dependency", found);
      }
    }
    return found;
  }

  /** {@code first}: the name's first token, or the honorific before it ("the minister, Mr. Ruiz"). */
  private static int post(RelationSentence s, ParsedSentence p, int head, int first, int last) {
    int governor = p.head(head);
    boolean afterComma = first > 0 && s.token(first - 1).word().equals(",");
    if (governor >= 0 && p.relation(head).equals("appos") && afterComma && governor < first) {
      return governor;
    }
    boolean described = governor >= 0 && p.relation(head).equals("dep") && p.relation(governor).equals("appos")
        && governor == first - 1 && p.head(governor) < governor; // ", the Freedonian diplomat Ana Ruiz"
    if (described) {
      return p.head(governor);
    }
    int subject = p.child(head, "nsubj");
    boolean clauseEnd = last + 1 >= s.tokens().size() || isBoundary(s, last + 1); // not "is Ana Ruiz 384"
    boolean definite = subject >= 0 && (p.child(subject, "nmod:poss") >= 0
        || p.child(subject, "det") >= 0 && p.token(p.child(subject, "det")).word().equalsIgnoreCase("the"));
    return p.child(head, "cop") >= 0 && subject >= 0 && subject < head && definite && clauseEnd ? subject : -1;
  }

  private static boolean isBoundary(RelationSentence s, int token) {
    String w = s.token(token).word();
    return w.equals(",") || w.equals(".") || w.equals(";") || w.equals("!") || w.equals("?");
  }

  /** "the next president", "its would-be leader", or a post with a relative clause of its own. */
  private boolean unheldOrClausal(ParsedSentence p, int post, int head) {
    for (int c : p.children(post)) {
      String word = p.token(c).word().toLowerCase(Locale.ROOT);
      if (c != head && (unheld.contains(word) || p.relation(c).startsWith("acl"))) {
        return true;
      }
    }
    return false;
  }

  /** An odd number of quotation marks before the post: it stands in a speaker's words. */
  private static boolean inQuotation(RelationSentence s, int token) {
    int marks = 0;
    for (int i = 0; i < token; i++) {
      String pos = s.token(i).pos();
      marks += pos.equals("``") || pos.equals("''") ? 1 : 0;
    }
    return marks % 2 == 1;
  }

  /** A list of names after the post, or a closing quotation mark before the name: the post is not this person's. */
  private static boolean personBetween(RelationSentence s, int from, int to) {
    for (int i = Math.min(from, to) + 1; i < Math.max(from, to); i++) {
      if (s.token(i).pos().equals("''") || s.token(i).pos().equals("``")) {
        return true;
      }
    }
    return s.entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && s.firstToken(e) > Math.min(from, to)
        && s.lastToken(e) < Math.max(from, to));
  }
}
