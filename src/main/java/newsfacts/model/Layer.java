package newsfacts.model;

/**
 * What a document can carry: the annotations the annotator adds (tokens to time expressions) and
 * the layers our extraction steps add (entities to relations). Steps declare the layers they need
 * and add, so a configuration that cannot provide a needed one is refused before any model loads.
 */
public enum Layer {
  TOKENS,
  POS,
  LEMMAS,
  DEPENDENCIES,
  /** Named-entity mentions with fine-grained tags (COUNTRY, CITY, TITLE, ...). */
  FINE_NER,
  /** Time expressions with anchored TIMEX3 values. */
  TIMEX,
  /** Coreference chains (optional: only when the configuration runs CoreNLP's coref). */
  COREF,
  ENTITIES,
  DATES,
  QUOTES,
  RELATIONS
}
