package newsfacts.annotate.corenlp;

import newsfacts.annotate.Annotator;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;
import newsfacts.model.CharSpan;
import newsfacts.model.DocDate;
import newsfacts.model.Token;
import newsfacts.model.Dependency;
import newsfacts.model.NerMention;
import newsfacts.model.NerTag;
import newsfacts.model.Sentence;
import newsfacts.model.TimexType;

/**
 * The only class that touches CoreNLP. It builds the pipeline once; {@link #annotate} is safe to
 * call from several threads (CoreNLP's annotators are shared by its own server the same way).
 *
 * <p>Design decision: CoreNLP rewrites the Properties it is given, so it gets a copy.
 */
public final class CoreNlpAnnotator implements Annotator {
  /** Our own setting (not CoreNLP's): split the city names off the fine-grained gazetteer. */
  public static final String LEAN_GAZETTEER = "newsfacts.leanGazetteer";
  /** Our own setting: the folder for files CoreNLP must read while it loads (a run's staging folder). */
  public static final String TEMPORARY_FOLDER = "newsfacts.temporaryFolder";
  /** Our own setting: load the annotators' models in parallel (default true; false for the benchmark's comparison). */
  public static final String PARALLEL_LOADING = "newsfacts.parallelLoading";
  private final SentenceLimitedPipeline pipeline;
  private final LeanGazetteer gazetteer;

  public CoreNlpAnnotator(Properties properties) {
    Properties copy = new Properties();
    copy.putAll(properties);
    boolean lean = Boolean.parseBoolean((String) copy.remove(LEAN_GAZETTEER));
    String temporary = (String) copy.remove(TEMPORARY_FOLDER);
    boolean parallel = !"false".equals(copy.remove(PARALLEL_LOADING));
    // Rewritten on a thread of its own while the other models load; the NER annotator waits for it.
    this.gazetteer = lean ? LeanGazetteer.start(temporary == null ? null : java.nio.file.Path.of(temporary)) : null;
    if (lean) {
      copy.setProperty("ner.fine.regexner.mapping", gazetteer.mappingProperty());
    }
    this.pipeline = new SentenceLimitedPipeline(copy, parallel,
        gazetteer == null ? java.util.Map.of() : java.util.Map.of("ner", gazetteer::awaitFiles));
    if (gazetteer != null) {
      gazetteer.deleteFiles(); // read while the pipeline was built
    }
  }

  /** How many annotators' models were loaded in parallel (4 for the default pipeline). */
  int annotatorsLoadedInParallel() {
    return pipeline.annotatorsLoadedInParallel();
  }

  /** Seconds spent in each CoreNLP annotator so far (summed over threads), in pipeline order. */
  public java.util.Map<String, Double> annotatorSeconds() {
    java.util.Map<String, Double> seconds = new java.util.LinkedHashMap<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^(\\w+Annotator): ([0-9.]+) sec").matcher(pipeline.timingInformation());
    while (m.find()) {
      seconds.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
    }
    return seconds;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    DocDate docDate = article.date();
    Annotation document = new Annotation(article.text());
    if (docDate.isKnown()) {
      document.set(CoreAnnotations.DocDateAnnotation.class, docDate.value());
    }
    pipeline.annotate(document);
    List<Sentence> sentences = new ArrayList<>();
    List<NerMention> names = new ArrayList<>();
    List<newsfacts.model.Timex> timexes = new ArrayList<>();
    List<CoreMap> coreSentences = listOrEmpty(document.get(CoreAnnotations.SentencesAnnotation.class));
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap sentence = coreSentences.get(i);
      sentences.add(toSentence(i, sentence));
      for (CoreMap mention : listOrEmpty(sentence.get(CoreAnnotations.MentionsAnnotation.class))) {
        addMention(article.text(), i, mention, names, timexes, gazetteer);
      }
    }
    names.sort(Comparator.comparing(NerMention::span));
    timexes.sort(Comparator.comparing(newsfacts.model.Timex::span));
    return new AnnotatedArticle(article, sentences, names, timexes, CorefChains.of(document));
  }

  private static void addMention(String text, int sentence, CoreMap mention, List<NerMention> names,
      List<newsfacts.model.Timex> timexes, LeanGazetteer gazetteer) {
    String written = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
    CharSpan span = spanOf(mention);
    if (written == null || span.end() > text.length()) {
      return;
    }
    NerTag tag = NerTag.of(written);
    if (tag == NerTag.LOCATION && gazetteer != null) {
      NerTag place = gazetteer.placeType(span.of(text));
      tag = place != null ? place : tag;
    }
    if (tag.timexType().isPresent()) {
      Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
      TimexType type = timexType(timex, tag.timexType().get());
      String value = timex != null && timex.value() != null ? timex.value() : "";
      timexes.add(new newsfacts.model.Timex(span, span.of(text), type, value, sentence));
    } else {
      names.add(new NerMention(span, span.of(text), tag, sentence));
    }
  }

  /** SUTime's TIMEX3 type of the expression; the mention's tag when SUTime gives none we know. */
  static TimexType timexType(Timex timex, TimexType fromTag) {
    return timex == null || timex.timexType() == null ? fromTag : TimexType.fromName(timex.timexType()).orElse(fromTag);
  }

  private static Sentence toSentence(int index, CoreMap sentence) {
    List<CoreLabel> labels = listOrEmpty(sentence.get(CoreAnnotations.TokensAnnotation.class));
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int t = 0; t < labels.size(); t++) {
      CoreLabel label = labels.get(t);
      tokens.add(
          new Token(
              t,
              new CharSpan(label.beginPosition(), label.endPosition()),
              label.word(),
              orEmpty(label.lemma()),
              orEmpty(label.tag()),
              label.ner() == null ? NerTag.O : NerTag.of(label.ner())));
    }
    return new Sentence(index, spanOf(sentence), tokens, dependencies(sentence));
  }

  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<Dependency> edges = new ArrayList<>();
    if (graph == null) {
      return edges;
    }
    graph.getRoots().forEach(root -> edges.add(new Dependency(-1, root.index() - 1, "root")));
    for (SemanticGraphEdge edge : graph.edgeListSorted()) {
      edges.add(
          new Dependency(
              edge.getGovernor().index() - 1, edge.getDependent().index() - 1, edge.getRelation().toString()));
    }
    edges.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
    return edges;
  }

  private static CharSpan spanOf(CoreMap map) {
    return new CharSpan(
        map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
  }

  private static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
