package newsfacts.formats.conll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsfacts.formats.StagedFile;
import newsfacts.model.ArticleResult;
import newsfacts.model.EntityMention;
import newsfacts.model.Failure;
import newsfacts.model.Sentence;
import newsfacts.model.Token;
import newsfacts.tables.ArticleSink;

/**
 * entities.conll: the entities in CoNLL-2003 style, one token per line ("token POS _ tag": the
 * chunk column, which we do not compute, is "_"), CoreNLP's tokens and sentences, a blank line
 * after each sentence, and a "-DOCSTART- -X- -X- O" line before each article. Tags are IOB2 with
 * our entity types (B-PERSON, I-PERSON, ..., O). A token is the article's text under the token's
 * span, white space inside it ("1 1/2") replaced by "_", so no line has more than four fields.
 */
public final class ConllWriter implements ArticleSink {
  public static final String FILE = "entities.conll";

  private final StagedFile file;

  public ConllWriter(Path staging) throws IOException {
    this.file = new StagedFile(staging.resolve(FILE));
  }

  @Override
  public void add(ArticleResult result) {
    file.write(lines(result));
  }

  /** The article's lines, DOCSTART line first. */
  static String lines(ArticleResult result) {
    StringBuilder out = new StringBuilder("-DOCSTART- -X- -X- O\n\n");
    List<EntityMention> entities = result.entities().stream()
        .sorted((a, b) -> a.span().compareTo(b.span())).toList();
    int next = 0;
    for (Sentence sentence : result.sentences()) {
      EntityMention previous = null;
      for (Token token : sentence.tokens()) {
        while (next < entities.size() && entities.get(next).span().end() <= token.span().begin()) {
          next++;
        }
        EntityMention entity = next < entities.size() && entities.get(next).span().overlaps(token.span())
            ? entities.get(next) : null;
        String tag = entity == null ? "O" : (entity == previous ? "I-" : "B-") + entity.type().name();
        previous = entity;
        out.append(word(result.text(), token)).append(' ').append(token.pos().isEmpty() ? "_" : token.pos())
            .append(" _ ").append(tag).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String word(String text, Token token) {
    String word = token.span().of(text).replaceAll("\\s", "_");
    return word.isEmpty() ? "_" : word;
  }

  @Override
  public void commit(List<Failure> failures) throws IOException {
    file.commit();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
