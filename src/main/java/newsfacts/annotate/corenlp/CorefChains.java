package newsfacts.annotate.corenlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain.CorefMention;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import newsfacts.model.CharSpan;
import newsfacts.model.CorefChain;

/** CoreNLP's coreference chains in our own types: chains of two or more mentions, in text order. */
final class CorefChains {
  private CorefChains() {}

  static List<CorefChain> of(Annotation document) {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains =
        document.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<CorefChain> found = new ArrayList<>();
    if (chains == null || sentences == null) {
      return found;
    }
    for (edu.stanford.nlp.coref.data.CorefChain chain : chains.values()) {
      List<CharSpan> mentions = new ArrayList<>();
      chain.getMentionsInTextualOrder().forEach(m -> mentions.add(spanOf(m, sentences)));
      if (mentions.size() > 1) {
        found.add(new CorefChain(spanOf(chain.getRepresentativeMention(), sentences), mentions));
      }
    }
    found.sort(Comparator.comparing((CorefChain c) -> c.mentions().get(0)));
    return found;
  }

  /** CoreNLP counts sentences and tokens from 1, the end token exclusive. */
  private static CharSpan spanOf(CorefMention mention, List<CoreMap> sentences) {
    List<CoreLabel> tokens = sentences.get(mention.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
    return new CharSpan(tokens.get(mention.startIndex - 1).beginPosition(), tokens.get(mention.endIndex - 2).endPosition());
  }
}
