package newsfacts.extract.quotes.speakers;

import java.util.Set;
import newsfacts.extract.ParsedSentence;

/**
 * "Ana Ruiz rebuked critics who say the town should sell the port, saying C": a participle set off
 * by a comma speaks for the sentence's outer clause, even when the parse hangs it inside an
 * embedded one (a clausal complement, a relative or noun clause). Not the subject of the clause
 * the parse gives it ("the town"), nor a relative "who", but the subject of the outermost clause
 * above it, left of the participle.
 */
public final class ParticipleSources {
  /** Clauses inside another clause, whose subject is not the one a trailing participle speaks for. */
  private static final Set<String> EMBEDDED = Set.of("ccomp", "acl:relcl", "acl", "csubj");

  private static final int MAX_DEPTH = 6;

  private ParticipleSources() {}

  /**
   * The subject of the outermost clause above {@code clause} that holds it through embedded
   * clauses, before the participle; -1 when the participle has no comma before it, the clause is
   * not embedded, or no clause above it has a subject of its own.
   */
  public static int outerSubject(ParsedSentence p, int participle, int clause) {
    if (participle < 1 || !p.token(participle - 1).pos().equals(",")) {
      return -1;
    }
    int found = -1;
    int current = clause;
    for (int depth = 0; depth < MAX_DEPTH && current >= 0 && EMBEDDED.contains(p.relation(current)); depth++) {
      current = p.head(current);
      int subject = current < 0 ? -1 : subjectBefore(p, current);
      if (subject >= 0 && current < participle) {
        found = subject;
      }
    }
    return found;
  }

  /** The verb's nearest subject before it that is not a relative pronoun; -1 if none. */
  private static int subjectBefore(ParsedSentence p, int verb) {
    int nearest = -1;
    for (int c : p.children(verb)) {
      boolean subject = p.relation(c).equals("nsubj") || p.relation(c).equals("nsubj:pass");
      if (subject && c < verb && c > nearest && !p.token(c).pos().startsWith("W")) {
        nearest = c;
      }
    }
    return nearest;
  }
}
