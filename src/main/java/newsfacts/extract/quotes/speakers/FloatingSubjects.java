package newsfacts.extract.quotes.speakers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.WordLists;
import newsfacts.model.EntityMention;

/**
 * Words the parse proposes as a source that only accompany the real subject: an intensive
 * reflexive ("Ana Ruiz herself said C": the parse hangs "herself" from the name, and the name is
 * the source) and a floating quantifier the parse made a second subject ("The two mayors,
 * Ana Ruiz and Tom Hale, have both urged C": the mayors are the source, not "both").
 */
final class FloatingSubjects {
  /** both, all, each: floating-quantifiers.txt. */
  private static final Set<String> QUANTIFIERS = WordLists.set("floating-quantifiers.txt");
  private static final Set<String> INTENSIVE_RELATIONS = Set.of("obl:npmod", "nmod:npmod", "appos", "dep");

  private FloatingSubjects() {}

  /** The subject the proposed word accompanies, else the proposed source. */
  static SourceRepairs.Source repaired(ParsedSentence p, List<EntityMention> entities, SourceRepairs.Source source) {
    int head = source.head().index();
    int subject = reflexiveHost(p, head);
    subject = subject >= 0 ? subject : quantifiedSubject(p, head);
    return subject < 0 ? source : new SourceRepairs.Source(SpeakerMentions.span(p, subject, entities), p.token(subject));
  }

  /** "Ana Ruiz herself": the noun an intensive reflexive hangs from; -1 otherwise. */
  private static int reflexiveHost(ParsedSentence p, int head) {
    String word = p.token(head).word().toLowerCase(Locale.ROOT);
    int host = p.head(head);
    if (!p.token(head).pos().equals("PRP") || !(word.endsWith("self") || word.endsWith("selves")) || host < 0
        || !INTENSIVE_RELATIONS.contains(p.relation(head)) || host > head) {
      return -1;
    }
    String pos = p.token(host).pos();
    return pos.startsWith("NN") || pos.equals("PRP") ? host : -1;
  }

  /** "The mayors have both urged": the verb's other subject, before the quantifier; -1 otherwise. */
  private static int quantifiedSubject(ParsedSentence p, int head) {
    int verb = p.head(head);
    if (verb < 0 || !p.relation(head).startsWith("nsubj") || !QUANTIFIERS.contains(p.token(head).word().toLowerCase(Locale.ROOT))
        || !p.children(head).isEmpty()) {
      return -1;
    }
    for (int c : p.children(verb)) {
      if (c < head && p.relation(c).startsWith("nsubj")) {
        return c;
      }
    }
    return -1;
  }
}
