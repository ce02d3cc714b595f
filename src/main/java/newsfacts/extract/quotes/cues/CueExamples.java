package newsfacts.extract.quotes.cues;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsfacts.extract.ParsedSentence;
import newsfacts.extract.quotes.QuotationMarks;
import newsfacts.model.CharSpan;
import newsfacts.model.Quote;
import newsfacts.model.Sentence;
import newsfacts.model.Token;

/**
 * Training examples from an annotated article and its gold quotes: every candidate verb, labelled
 * a cue when a gold attribution whose content or source lies in the verb's sentence names the
 * verb's word in its cue ("has learned" names "learned"; the auxiliary is no candidate).
 */
public final class CueExamples {
  private final CueFeatures features;

  public CueExamples(CueFeatures features) {
    this.features = features;
  }

  public List<CueTrainer.Example> of(String text, List<Sentence> sentences, List<Quote> gold) {
    List<CharSpan> quotations = QuotationMarks.find(text);
    List<CueTrainer.Example> examples = new ArrayList<>();
    for (Sentence sentence : sentences) {
      ParsedSentence p = new ParsedSentence(sentence);
      Set<String> cueWords = cueWords(sentence.span(), gold);
      for (int t = 0; t < p.size(); t++) {
        if (CueFeatures.isCandidate(p, t)) {
          Token token = p.token(t);
          boolean cue = cueWords.contains(token.word().toLowerCase(Locale.ROOT));
          examples.add(new CueTrainer.Example(features.of(p, t, quotations), cue));
        }
      }
    }
    return examples;
  }

  /** The words of the cues of gold attributions whose content or source overlaps the sentence. */
  private static Set<String> cueWords(CharSpan sentence, List<Quote> gold) {
    Set<String> words = new HashSet<>();
    for (Quote q : gold) {
      boolean here = q.span().overlaps(sentence) || q.speakerMention().map(s -> s.overlaps(sentence)).orElse(false);
      if (here && q.cue() != null) {
        for (String w : q.cue().toLowerCase(Locale.ROOT).split("\\s+")) {
          words.add(w);
        }
      }
    }
    return words;
  }
}
