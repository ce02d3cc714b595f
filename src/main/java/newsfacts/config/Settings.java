package newsfacts.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Everything a run needs, in one typed place. {@code corenlp} is the annotator configuration
 * handed (as a copy) to CoreNLP.
 */
public record Settings(
    Path input,
    Path output,
    Optional<Path> gold,
    Optional<Path> manifest,
    int threads,
    long maxBytes,
    boolean neutraliseCells,
    boolean progress,
    Properties corenlp) {

  public static final long DEFAULT_MAX_BYTES = 2_000_000;

  public Settings {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("max bytes must be positive, got " + maxBytes);
    }
    Properties copy = new Properties();
    copy.putAll(corenlp);
    corenlp = copy;
  }

  /** These settings with one more CoreNLP property. */
  public Settings withCoreNlp(String key, String value) {
    Properties more = new Properties();
    more.putAll(corenlp);
    more.setProperty(key, value);
    return new Settings(input, output, gold, manifest, threads, maxBytes, neutraliseCells, progress, more);
  }

  /**
   * These settings with CoreNLP's statistical coreference after the parser (off by default; see the
   * README, issue 12). Mentions are found on the dependency parse: no constituency parser.
   */
  public Settings withCoreference() {
    return withCoreNlp("annotators", corenlp.getProperty("annotators", "") + ",coref")
        .withCoreNlp("coref.algorithm", "statistical")
        .withCoreNlp("coref.md.type", "dep");
  }

  /** The CoreNLP properties shipped in the jar ({@code corenlp.properties}). */
  public static Properties defaultCoreNlpProperties() {
    Properties properties = new Properties();
    try (InputStream in = Settings.class.getResourceAsStream("/corenlp.properties")) {
      if (in == null) {
        throw new IllegalStateException("corenlp.properties missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
