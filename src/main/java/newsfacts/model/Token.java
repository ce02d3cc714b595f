package newsfacts.model;

/** A token; {@code index} is 0-based within its sentence, {@code ner} the fine NER tag or {@link NerTag#O}. */
public record Token(int index, CharSpan span, String word, String lemma, String pos, NerTag ner) {}
