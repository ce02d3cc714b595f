package newsfacts.formats.brat;

import static org.apache.uima.fit.factory.CollectionReaderFactory.createReaderDescription;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.dkpro.core.io.brat.BratReader;

/**
 * A brat folder read by DKPro Core's BratReader configured as INCEpTION's "brat basic" import
 * does: every text-bound annotation becomes a generic span and every relation a generic relation
 * (Governor, Dependent, anchored on the Dependent), the brat label in feature {@code label}.
 * Attributes fill the span feature of their name; a note fills feature {@code note}.
 */
final class DkproBrat {
  private DkproBrat() {}

  static final String SPAN = "custom.Span";
  static final String RELATION = "custom.Relation";
  static final List<String> SPAN_ATTRIBUTES = List.of(BratScheme.SUBTYPE, BratScheme.KIND);

  /** A text-bound annotation as it arrived in the CAS: UTF-16 offsets, the CAS's covered text, features set. */
  record Span(String label, int begin, int end, String covered, Map<String, String> features) {}

  record Arc(String label, Span governor, Span dependent, String evidence) {}

  record Doc(String text, List<Span> spans, List<Arc> arcs) {}

  /** Every document of the folder by file name without extension. */
  static Map<String, Doc> read(Path folder) throws Exception {
    Map<String, Doc> docs = new LinkedHashMap<>();
    List<Object> parameters = new ArrayList<>(List.of(BratReader.PARAM_SOURCE_LOCATION, folder.toString(),
        BratReader.PARAM_PATTERNS, "*.ann"));
    parameters.addAll(List.of(parameters()));
    var reader = createReaderDescription(BratReader.class, typeSystem(), parameters.toArray());
    for (JCas jcas : SimplePipeline.iteratePipeline(reader)) {
      CAS cas = jcas.getCas();
      String id = DocumentMetaData.get(jcas).getDocumentId().replaceAll("\\.(ann|txt)$", "");
      docs.put(id, toDoc(cas));
    }
    return docs;
  }

  private static Doc toDoc(CAS cas) {
    Type span = cas.getTypeSystem().getType(SPAN);
    Type relation = cas.getTypeSystem().getType(RELATION);
    Map<AnnotationFS, Span> spans = new LinkedHashMap<>();
    for (AnnotationFS a : cas.getAnnotationIndex(span)) {
      spans.put(a, new Span(string(a, "label"), a.getBegin(), a.getEnd(), a.getCoveredText(), features(a)));
    }
    List<Arc> arcs = new ArrayList<>();
    for (AnnotationFS r : cas.getAnnotationIndex(relation)) {
      arcs.add(new Arc(string(r, "label"), spans.get(arg(r, "Governor")), spans.get(arg(r, "Dependent")),
          features(r).get("evidence")));
    }
    return new Doc(cas.getDocumentText(), List.copyOf(spans.values()), arcs);
  }

  private static AnnotationFS arg(FeatureStructure fs, String name) {
    return (AnnotationFS) fs.getFeatureValue(fs.getType().getFeatureByBaseName(name));
  }

  private static String string(FeatureStructure fs, String name) {
    Feature f = fs.getType().getFeatureByBaseName(name);
    return fs.getStringValue(f);
  }

  /** The attributes set, and the note "key=value" as key -> value. */
  private static Map<String, String> features(FeatureStructure fs) {
    Map<String, String> values = new HashMap<>();
    for (String n : SPAN_ATTRIBUTES) {
      if (fs.getType().getFeatureByBaseName(n) != null && string(fs, n) != null) {
        values.put(n, string(fs, n));
      }
    }
    String note = string(fs, "note");
    if (note != null) {
      int eq = note.indexOf('=');
      values.put(note.substring(0, eq), note.substring(eq + 1));
    }
    return values;
  }

  /** DKPro's own types (document metadata) and the two generic layers an INCEpTION project would define. */
  private static TypeSystemDescription typeSystem() throws Exception {
    TypeSystemDescription ours = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
    TypeDescription span = ours.addType(SPAN, "", CAS.TYPE_NAME_ANNOTATION);
    Stream.of(List.of("label", "note"), SPAN_ATTRIBUTES).flatMap(List::stream)
        .forEach(f -> span.addFeature(f, "", CAS.TYPE_NAME_STRING));
    TypeDescription relation = ours.addType(RELATION, "", CAS.TYPE_NAME_ANNOTATION);
    relation.addFeature("Governor", "", SPAN);
    relation.addFeature("Dependent", "", SPAN);
    relation.addFeature("label", "", CAS.TYPE_NAME_STRING);
    relation.addFeature("note", "", CAS.TYPE_NAME_STRING);
    return CasCreationUtils.mergeTypeSystems(List.of(TypeSystemDescriptionFactory.createTypeSystemDescription(), ours));
  }

  /**
   * INCEpTION's "brat basic" mapping (BratBasicFormatSupport: every type to one span layer and
   * one relation layer, label as subcategory, relations anchored on Arg2) in BratReader's
   * parameters. Its JSON form (PARAM_MAPPING) cannot be used here: DKPro 2.4.0's mapping classes
   * do not deserialize with the Jackson this project uses ("Cannot create empty instance of
   * List<TypeMapping>"). A note mapping sets its feature to the whole note, so every note goes to
   * feature {@code note} and the last note of an annotation is the one kept.
   */
  private static Object[] parameters() {
    return new Object[] {
        BratReader.PARAM_TEXT_ANNOTATION_TYPE_MAPPINGS, new String[] {".* -> " + SPAN},
        BratReader.PARAM_RELATION_TYPE_MAPPINGS, new String[] {".* -> " + RELATION},
        BratReader.PARAM_TEXT_ANNOTATION_TYPES, new String[] {SPAN + ":label"},
        BratReader.PARAM_RELATION_TYPES, new String[] {RELATION + ":Governor:Dependent{A}:label"},
        BratReader.PARAM_NOTE_MAPPINGS, new String[] {SPAN + ":note", RELATION + ":note"}};
  }
}
