package newsfacts.annotate.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import newsfacts.model.AnnotatedArticle;
import newsfacts.model.Article;
import newsfacts.model.CharSpan;
import newsfacts.model.CorefChain;
import newsfacts.model.Dependency;
import newsfacts.model.NerMention;
import newsfacts.model.NerTag;
import newsfacts.model.Sentence;
import newsfacts.model.Timex;
import newsfacts.model.TimexType;
import newsfacts.model.Token;

/**
 * A folder of annotated articles, one gzipped JSON file per article, named by a hash of what the
 * annotation depends on: the annotator's fingerprint (its settings and code), the publication date
 * relative dates were anchored to, and the text. A changed article, date or annotator is a miss,
 * never a stale hit. Files appear by atomic rename, so concurrent runs may share one folder.
 */
public final class AnnotationCache {
  private static final ObjectMapper JSON = new ObjectMapper()
      .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY);
  /** The stored records: a change to any of them changes every key, so old files are never misread. */
  private static final List<Class<?>> STORED_TYPES = List.of(Sentence.class, Token.class, Dependency.class,
      CharSpan.class, NerMention.class, NerTag.class, Timex.class, TimexType.class, CorefChain.class);
  private static final String FORMAT = formatFingerprint();

  private final Path folder;
  private final String fingerprint;

  /** What is stored: the annotations without the article they belong to. */
  record Stored(List<Sentence> sentences, List<NerMention> nerMentions, List<Timex> timexes,
      List<CorefChain> corefChains) {}

  public AnnotationCache(Path folder, String fingerprint) {
    this.folder = folder;
    this.fingerprint = fingerprint;
  }

  /** The article's annotations when this folder holds them; a file that cannot be read is a miss. */
  public Optional<AnnotatedArticle> read(Article article) {
    Path file = fileFor(article);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      Stored s = JSON.readValue(in, Stored.class);
      return Optional.of(new AnnotatedArticle(article, s.sentences(), s.nerMentions(), s.timexes(), s.corefChains()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Stores the annotations of {@code annotated.article()}. */
  public void write(AnnotatedArticle annotated) {
    Path file = fileFor(annotated.article());
    Stored stored = new Stored(annotated.sentences(), annotated.nerMentions(), annotated.timexes(),
        annotated.corefChains());
    try {
      Files.createDirectories(folder);
      Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
      try {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial))) {
          JSON.writeValue(out, stored);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cached annotations " + file + ": " + e.getMessage(), e);
    }
  }

  private static String formatFingerprint() {
    StringBuilder classes = new StringBuilder();
    for (Class<?> type : STORED_TYPES) {
      try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
        classes.append(type.getName()).append(HexFormat.of().formatHex(sha256().digest(in.readAllBytes())));
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("cannot read the class file of " + type.getName(), e);
      }
    }
    return classes.toString();
  }

  Path fileFor(Article article) {
    return folder.resolve(key(article) + ".json.gz");
  }

  private String key(Article article) {
    MessageDigest digest = sha256();
    for (String part : new String[] {FORMAT, fingerprint, article.date().value(), article.text()}) {
      digest.update(part.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
