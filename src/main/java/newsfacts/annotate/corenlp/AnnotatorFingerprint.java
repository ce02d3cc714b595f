package newsfacts.annotate.corenlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What {@link CoreNlpAnnotator}'s output depends on, as one hash: its CoreNLP settings (less those
 * that only say where and how to load), the CoreNLP and models jars it runs on, and the bytes of
 * this package's classes, which turn CoreNLP's annotations into ours. An annotation cache keyed by
 * it never serves annotations made by other settings or other code.
 */
public final class AnnotatorFingerprint {
  private static final String PACKAGE_PATH = "newsfacts/annotate/corenlp/";
  private static final String MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private AnnotatorFingerprint() {}

  public static String of(Properties settings) {
    MessageDigest digest = sha256();
    for (String name : new TreeSet<>(settings.stringPropertyNames())) {
      if (!name.equals(CoreNlpAnnotator.TEMPORARY_FOLDER) && !name.equals(CoreNlpAnnotator.PARALLEL_LOADING)) {
        update(digest, name + "=" + settings.getProperty(name));
      }
    }
    update(digest, jarName(StanfordCoreNLP.class));
    update(digest, modelsJarName());
    for (byte[] classBytes : packageClasses()) {
      digest.update(classBytes);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String jarName(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
    } catch (URISyntaxException | NullPointerException e) {
      return type.getName();
    }
  }

  /** "stanford-corenlp-4.5.10-models.jar": the name, not the path, so every checkout shares a cache. */
  private static String modelsJarName() {
    java.net.URL model = CoreNlpAnnotator.class.getClassLoader().getResource(MODEL);
    if (model == null) {
      return "no models";
    }
    String url = model.toString();
    int end = url.indexOf("!/");
    String jar = end < 0 ? url : url.substring(0, end);
    return jar.substring(jar.lastIndexOf('/') + 1);
  }

  /** The class files of this package, in name order, from the class folder or the jar. */
  private static List<byte[]> packageClasses() {
    try {
      Path location = Path.of(CoreNlpAnnotator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isDirectory(location) ? fromFolder(location.resolve(PACKAGE_PATH)) : fromJar(location);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the annotator's classes", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the annotator's classes", e);
    }
  }

  private static List<byte[]> fromFolder(Path folder) throws IOException {
    List<byte[]> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        classes.add(Files.readAllBytes(file));
      }
    }
    return classes;
  }

  private static List<byte[]> fromJar(Path jar) throws IOException {
    List<String> names = new ArrayList<>();
    List<byte[]> classes = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        String name = entries.nextElement().getName();
        if (name.startsWith(PACKAGE_PATH) && name.endsWith(".class") && name.indexOf('/', PACKAGE_PATH.length()) < 0) {
          names.add(name);
        }
      }
      names.sort(null);
      for (String name : names) {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
          classes.add(in.readAllBytes());
        }
      }
    }
    return classes;
  }

  private static void update(MessageDigest digest, String part) {
    digest.update(part.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
