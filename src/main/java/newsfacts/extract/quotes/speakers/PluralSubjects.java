package newsfacts.extract.quotes.speakers;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import newsfacts.model.NerTag;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Groups an article makes the subject of a sentence, for "they": a plural noun phrase ("Two
 * senators sent a letter") or names joined by "and" ("Ana Ruiz and Tom Hale wrote"), outside
 * quotation marks; and, for "it", named organisations that are subjects of a main clause ("The
 * Harbour Board raised fees.", not "Once the Board met, ...").
 */
final class PluralSubjects {
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
  private static final Set<String> PHRASE_PARTS = Set.of("det", "amod", "compound", "nummod", "nmod:poss", "conj", "cc",
      "flat", "case");

  /** A plural subject: where it starts, its sentence and its words, and whether it is the subject of the main clause. */
  record Subject(int position, int sentence, String text, boolean main) {}

  private final List<Subject> subjects = new ArrayList<>();
  private final List<Subject> organizations = new ArrayList<>();
  private final AnnotatedArticle doc;
  private final Set<String> animate;
  private final PersonProfiles profiles;

  PluralSubjects(AnnotatedArticle doc, List<EntityMention> entities, PersonProfiles profiles, Set<String> animate) {
    this.doc = doc;
    this.animate = animate;
    this.profiles = profiles;
    for (Sentence s : doc.sentences()) {
      ParsedSentence p = new ParsedSentence(s);
      for (int t = 0; t < p.size(); t++) {
        Token head = p.token(t);
        boolean plural = isAnimatePlural(head) && !isOrganization(head, entities)
            || p.child(t, "conj") >= 0 && head.pos().startsWith("NNP") && isPerson(head, entities);
        boolean mainClause = p.head(t) >= 0 && p.relation(p.head(t)).equals("root");
        if (SUBJECTS.contains(p.relation(t)) && plural && !profiles.isQuoted(head.span().begin())) {
          CharSpan span = p.span(phrase(p, t));
          subjects.add(new Subject(span.begin(), s.index(), span.of(doc.text()).replaceAll("\\s+", " "), mainClause));
        }
        EntityMention organization = organizationOf(head, entities);
        if (SUBJECTS.contains(p.relation(t)) && mainClause && organization != null && !profiles.isQuoted(head.span().begin())) {
          organizations.add(new Subject(organization.span().begin(), s.index(), organization.canonical(), true));
        }
      }
    }
  }

  /**
   * The latest plural subject starting before {@code offset}, in or after sentence {@code fromSentence};
   * in its sentence the main clause's subject comes before one inside a clause ("Critics say that
   * voters feel ignored. They ...": the critics).
   */
  Subject latestBefore(int offset, int fromSentence) {
    Subject best = null;
    for (Subject s : subjects) {
      if (s.position() < offset && s.sentence() >= fromSentence) {
        best = s;
      }
    }
    for (Subject s : subjects) {
      if (best != null && !best.main() && s.main() && s.sentence() == best.sentence() && s.position() < best.position()) {
        return s;
      }
    }
    return best;
  }

  /** The last named organisation that is a subject in sentence {@code sentence}, or null. */
  Subject lastOrganizationIn(int sentence) {
    Subject best = null;
    for (Subject s : organizations) {
      if (s.sentence() == sentence) {
        best = s;
      }
    }
    return best;
  }

  /** Whether a mention ends in a plural noun of people ("company insiders", not "tax returns"). */
  boolean isPlural(CharSpan mention) {
    Token last = lastToken(mention);
    return last != null && isAnimatePlural(last);
  }

  /**
   * Whether a mention ends in a singular common noun that is no person ("the report", not "the
   * candidate", "the senator" or a name): what "it" can take up.
   */
  boolean isThing(CharSpan mention) {
    Token t = lastToken(mention);
    return t != null && t.pos().equals("NN") && t.ner() != NerTag.TITLE && t.ner() != NerTag.PERSON
        && !animate.contains(t.word().toLowerCase(Locale.ROOT))
        && profiles.genderOfNoun(t.lemma().toLowerCase(Locale.ROOT)) == Gender.UNKNOWN;
  }

  private Token lastToken(CharSpan mention) {
    int sentence = doc.sentenceAt(mention.end() - 1);
    if (sentence < 0) {
      return null;
    }
    for (Token t : doc.sentences().get(sentence).tokens()) {
      if (t.span().end() == mention.end()) {
        return t;
      }
    }
    return null;
  }

  /** A plural noun CoreNLP's animacy lists give as animate ("critics", "aides", "Democrats"). */
  private boolean isAnimatePlural(Token t) {
    return (t.pos().equals("NNS") || t.pos().equals("NNPS")) && animate.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static BitSet phrase(ParsedSentence p, int head) {
    BitSet phrase = new BitSet();
    phrase.set(head);
    for (int c : p.children(head)) {
      if (PHRASE_PARTS.contains(p.relation(c)) && !(p.relation(c).equals("case") && c > head)) {
        phrase.or(p.subtree(c));
      }
    }
    int first = phrase.nextSetBit(0);
    phrase.set(first, phrase.length());
    return phrase;
  }

  private static boolean isPerson(Token t, List<EntityMention> entities) {
    return entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.span().overlaps(t.span()));
  }

  private static boolean isOrganization(Token t, List<EntityMention> entities) {
    return organizationOf(t, entities) != null;
  }

  private static EntityMention organizationOf(Token t, List<EntityMention> entities) {
    return entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION && e.span().overlaps(t.span()))
        .findFirst().orElse(null);
  }
}
