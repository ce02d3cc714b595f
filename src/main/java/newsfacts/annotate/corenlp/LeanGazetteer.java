package newsfacts.annotate.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import newsfacts.model.NerTag;

/**
 * CoreNLP's fine-grained NER matches every token against its KBP gazetteers, and that is the
 * slowest step of the pipeline (see the README's benchmark): 533,000 city names, and some 1,200
 * entries written as regular expressions, which TokensRegex tries at every token. This rewrites
 * the gazetteers once at start-up, keeping their meaning:
 * <ul>
 *   <li>city names, and place names written with periods ("U.S.", "Calif."), become a lookup
 *       used only for mentions the tagger already called LOCATION;</li>
 *   <li>the other entries stay with TokensRegexNER, minus the regular expressions it would try at
 *       every token (e-mail, URL, handle, "[A-Z]... activist" and titles with periods), whose
 *       types the tables do not use.</li>
 * </ul>
 */
public final class LeanGazetteer {
  static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
  private static final String REGEX_CHARACTERS = "[](){}*+?\\|^$";

  private final Path caseless;
  private final Path cased;
  /** Filled by a background thread while CoreNLP's other models load (see {@link #start}). */
  private final CompletableFuture<Map<String, NerTag>> places;

  private LeanGazetteer(Path caseless, Path cased, CompletableFuture<Map<String, NerTag>> places) {
    this.caseless = caseless;
    this.cased = cased;
    this.places = places;
  }

  /**
   * Starts rewriting the gazetteer into two files in {@code folder} (the system's temporary folder
   * when null) on a thread of its own and returns at once: the file names are known, so CoreNLP's
   * other models can load meanwhile. CoreNLP must not read the files before {@link #awaitFiles};
   * after its pipeline is built, {@link #deleteFiles}.
   */
  static LeanGazetteer start(Path folder) {
    Path caseless = createFile(folder);
    Path cased = createFile(folder);
    CompletableFuture<Map<String, NerTag>> places = new CompletableFuture<>();
    Thread rewriting = new Thread(() -> {
      try {
        Map<String, NerTag> found = new HashMap<>(1 << 20); // some 540,000 place names: no rehashing
        rewrite(CASELESS, caseless, found);
        rewrite(CASED, cased, found);
        places.complete(Collections.unmodifiableMap(found));
      } catch (RuntimeException | Error e) {
        places.completeExceptionally(e);
      }
    }, "gazetteer-rewriting");
    rewriting.setDaemon(true);
    rewriting.start();
    return new LeanGazetteer(caseless, cased, places);
  }

  /** Waits until both files are written; rethrows what went wrong while writing them. */
  void awaitFiles() {
    try {
      places.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Deletes the rewritten files once CoreNLP has read them. */
  void deleteFiles() {
    for (Path file : List.of(caseless, cased)) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // deleteOnExit tries again
      }
    }
  }

  /** The value for ner.fine.regexner.mapping: CoreNLP's default, with the rewritten files. */
  String mappingProperty() {
    return "ignorecase=true,validpospattern=^(NN|JJ).*," + caseless + ";" + cased;
  }

  /** CITY, COUNTRY or STATE_OR_PROVINCE for a place name kept out of TokensRegexNER, else null. */
  NerTag placeType(String name) {
    awaitFiles();
    return places.join().get(name.toLowerCase(Locale.ROOT));
  }

  private static Path createFile(Path folder) {
    try {
      Path file = folder == null ? Files.createTempFile("newsfacts-gazetteer", ".tab")
          : Files.createTempFile(folder, "newsfacts-gazetteer", ".tab");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("creating a file in " + (folder == null ? "the temporary folder" : folder), e);
    }
  }

  private static void rewrite(String resource, Path file, Map<String, NerTag> places) {
    try (InputStream in = LeanGazetteer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP models jar missing from the class path: no " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String[] fields = line.split("\t", 2);
          if (fields.length < 2) {
            continue;
          }
          NerTag type = NerTag.of(fields[1].split("\t", 2)[0]);
          boolean place = type.placeSubtype().isPresent();
          for (String form : literalForms(fields[0])) {
            if (place && (type == NerTag.CITY || form.contains("."))) {
              places.putIfAbsent(form.toLowerCase(Locale.ROOT), type);
            } else if (!form.contains(".")) {
              out.write(form + "\t" + fields[1] + "\n");
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }

  /**
   * The literal strings a gazetteer entry matches: itself when it has no regular expression;
   * both forms for each optional period ("Calif\.?"), "." for "\.", "/" for "\/"; nothing for
   * any other regular expression.
   */
  static List<String> literalForms(String pattern) {
    if (isPlain(pattern)) {
      return List.of(pattern); // most entries: no backslash, bracket, wildcard or period
    }
    List<StringBuilder> forms = new ArrayList<>(List.of(new StringBuilder()));
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (pattern.startsWith("\\.?", i)) {
        List<StringBuilder> withPeriod = new ArrayList<>();
        for (StringBuilder f : forms) {
          withPeriod.add(new StringBuilder(f).append('.'));
        }
        forms.addAll(withPeriod);
        i += 2;
      } else if (pattern.startsWith("\\.", i) || pattern.startsWith("\\/", i)) {
        char literal = pattern.charAt(i + 1);
        forms.forEach(f -> f.append(literal));
        i += 1;
      } else if (REGEX_CHARACTERS.indexOf(c) >= 0 || c == '.' && i > 0 && pattern.charAt(i - 1) != '\\' && isRegexDot(pattern, i)) {
        return List.of();
      } else {
        forms.forEach(f -> f.append(c));
      }
      if (forms.size() > 16) {
        return List.of();
      }
    }
    return forms.stream().map(StringBuilder::toString).toList();
  }

  private static boolean isPlain(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' || c == '.' || REGEX_CHARACTERS.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** An unescaped "." followed by "*" or "+" is a wildcard ("." alone, as in "St.", is a period). */
  private static boolean isRegexDot(String pattern, int i) {
    return i + 1 < pattern.length() && (pattern.charAt(i + 1) == '*' || pattern.charAt(i + 1) == '+');
  }
}
