package newsfacts.extract.quotes.speakers;

import java.util.Locale;
import java.util.Optional;
import newsfacts.extract.ParsedSentence;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Quote;
import newsfacts.model.Token;

/**
 * "Ana Ruiz was asked whether the plant would close": the passive subject of the cue is the one
 * addressed or spoken of, not the source, and with no "by" phrase the source is not stated; the
 * quote keeps its span and cue with no speaker mention (the scheme's "empty when no source is
 * stated").
 */
public final class UnstatedSources {
  private UnstatedSources() {}

  /** The quote without a source when its proposed speaker is the passive subject of its cue and no agent is given. */
  public static Quote apply(AnnotatedArticle doc, Token head, Quote quote) {
    int sentence = doc.sentenceAt(head.span().begin());
    if (sentence < 0 || quote.cue() == null || quote.cue().isBlank()) {
      return quote;
    }
    ParsedSentence p = new ParsedSentence(doc.sentences().get(sentence));
    int verb = p.head(head.index());
    String cue = " " + quote.cue().toLowerCase(Locale.ROOT) + " ";
    boolean passiveSubject = p.relation(head.index()).equals("nsubj:pass") && verb >= 0 && isPassive(p, verb)
        && !hasAgent(p, verb) && cue.contains(" " + p.token(verb).word().toLowerCase(Locale.ROOT) + " ");
    return passiveSubject || reducedParticiple(p, head.index(), cue) || passiveModifier(p, head.index(), cue)
        ? withoutSource(quote) : quote;
  }

  /**
   * "a Freedonian engineer accused of spying", "Ana Ruiz, who was named as the donor": the cue is a
   * passive modifier of the proposed source (a participle, or a relative clause whose subject is
   * passive) with no "by" phrase, so the noun is the one spoken of and the source is not stated.
   */
  private static boolean passiveModifier(ParsedSentence p, int head, String cue) {
    for (int v : p.children(head)) {
      boolean named = cue.contains(" " + p.token(v).word().toLowerCase(Locale.ROOT) + " ");
      if (!named || !p.token(v).pos().equals("VBN") || hasAgent(p, v) || !p.token(head).pos().startsWith("NN")) {
        continue;
      }
      String relation = p.relation(v);
      // "Several threatened to leave" parsed as a participle: a to-infinitive makes it the clause's verb.
      boolean participle = relation.equals("acl") && p.children(v).stream()
          .noneMatch(c -> p.relation(c).startsWith("aux") || p.child(c, "mark") >= 0 && p.token(p.child(c, "mark")).pos().equals("TO"));
      // "who's called for": "'s" may be "has", so only a spelled-out auxiliary makes the clause passive.
      boolean relative = relation.equals("acl:relcl") && isPassive(p, v) && !p.token(p.child(v, "aux:pass")).word().contains("'")
          && !p.token(p.child(v, "aux:pass")).word().contains("\u2019")
          && p.children(v).stream().anyMatch(c -> p.relation(c).equals("nsubj:pass") && p.token(c).pos().startsWith("W"));
      if (participle || relative) {
        return true;
      }
    }
    return false;
  }

  private static Quote withoutSource(Quote quote) {
    return new Quote(quote.span(), quote.text(), quote.kind(), Optional.empty(), "", "", quote.cue(), quote.sentence());
  }

  /**
   * "Asked whether the plant would close, Ana Ruiz said no": the cue is a participle with no
   * subject, auxiliary or "by" phrase of its own, and the source proposed for it is the next
   * clause's subject, not the one who asked.
   */
  private static boolean reducedParticiple(ParsedSentence p, int head, String cue) {
    for (int v = 0; v < p.size(); v++) {
      boolean named = cue.contains(" " + p.token(v).word().toLowerCase(Locale.ROOT) + " ");
      if (!named || !p.token(v).pos().equals("VBN") || p.head(head) == v || p.subtree(v).get(head)) {
        continue;
      }
      boolean own = p.children(v).stream().anyMatch(c -> p.relation(c).startsWith("nsubj") || p.relation(c).startsWith("aux"));
      String relation = p.relation(v);
      if (!own && !hasAgent(p, v) && (relation.equals("dep") || relation.startsWith("advcl"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A participle with its passive auxiliary ("was asked to explain"), not a parse that calls the
   * subject of '"C," he said' passive; "is reported to have said" (a clause of its own) is its subject's.
   */
  private static boolean isPassive(ParsedSentence p, int verb) {
    int clause = p.child(verb, "xcomp");
    int aux = p.child(verb, "aux:pass");
    return p.token(verb).pos().equals("VBN") && aux >= 0 && (clause < 0 || !perfect(p, clause))
        && !(clause < 0 && contracted(p.token(aux)) && !expletive(p, verb));
  }

  /**
   * "He's said he will run": a contracted "'s" before a participle is "has" as often as "is"; with no
   * to-infinitive after the verb ("he's said to be ill") and a subject other than "it" ("it's said
   * that ..."), the parse's passive is not trusted and the subject stays the source.
   */
  private static boolean contracted(Token aux) {
    String word = aux.word().replace('\u2019', '\'');
    return word.equals("'s");
  }

  private static boolean expletive(ParsedSentence p, int verb) {
    int subject = p.child(verb, "nsubj:pass");
    // "it's said that", "what's called": an expletive or a relative or demonstrative word is the passive's own subject
    return subject < 0 || !(p.token(subject).pos().startsWith("NN") || p.token(subject).pos().equals("PRP"))
        || p.token(subject).word().equalsIgnoreCase("it");
  }

  private static boolean perfect(ParsedSentence p, int clause) {
    return p.children(clause).stream()
        .anyMatch(c -> p.relation(c).startsWith("aux") && p.token(c).lemma().equalsIgnoreCase("have"));
  }

  private static boolean hasAgent(ParsedSentence p, int verb) {
    return p.passiveAgent(verb) >= 0;
  }
}
