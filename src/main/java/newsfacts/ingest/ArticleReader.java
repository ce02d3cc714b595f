package newsfacts.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import newsfacts.model.Article;
import newsfacts.model.Failure;

/**
 * Reads every {@code .txt} file of a folder as UTF-8. Files that are empty, binary, not valid
 * UTF-8, unreadable or larger than the limit are reported as failures with the reason, never
 * thrown, so one bad file does not stop the batch. Other entries of the folder (other file
 * types, hidden files, subfolders) are listed as ignored, with the reason.
 *
 * <p>Design decision: the text is kept exactly as decoded, a byte order mark and CR characters
 * included, so that offsets index the raw text as the annotation scheme defines it.
 */
public final class ArticleReader {
  /** The stage of a failure to read an article (failures.csv). */
  public static final String STAGE = "read";
  private final long maxBytes;

  public ArticleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Lists the folder and reads every article into memory (for small folders: scoring, benchmarks). */
  public ReadResult readFolder(Path folder) throws IOException {
    ArticleList list = listFolder(folder);
    List<Article> articles = new ArrayList<>();
    List<Failure> failures = new ArrayList<>(list.failures());
    for (ArticleList.Entry entry : list.entries()) {
      try {
        articles.add(read(entry.file()));
      } catch (UnreadableArticleException e) {
        failures.add(new Failure(entry.docId(), entry.fileName(), STAGE, e.getMessage()));
      }
    }
    return new ReadResult(articles, failures, list.ignored());
  }

  /**
   * Lists the folder without reading the articles; throws IOException only when the folder itself
   * cannot be listed. A second .txt file with a doc_id already taken is refused here.
   */
  public ArticleList listFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      throw new IOException("input folder not found: " + folder);
    }
    if (!Files.isDirectory(folder)) {
      throw new IOException("input is not a folder: " + folder);
    }
    List<Path> listed;
    try (Stream<Path> listing = Files.list(folder)) {
      listed = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (AccessDeniedException e) {
      throw new IOException("cannot list input folder " + folder + ": permission denied", e);
    }
    List<ArticleList.Entry> entries = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    List<Ignored> ignored = new ArrayList<>();
    Map<String, String> fileById = new HashMap<>();
    for (Path entry : listed) {
      String name = entry.getFileName().toString();
      String why = ignoreReason(entry, name);
      if (why != null) {
        ignored.add(new Ignored(name, why));
        continue;
      }
      String id = docId(entry);
      String other = fileById.putIfAbsent(id, name);
      if (other != null) {
        failures.add(new Failure(id, name, STAGE, "doc_id '" + id + "' is already taken by " + other));
      } else {
        entries.add(new ArticleList.Entry(id, entry, sizeOf(entry)));
      }
    }
    return new ArticleList(this, entries, failures, ignored);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0; // reading it will say why
    }
  }

  /** Why a folder entry is not an article, or null when it is one (a visible .txt file). */
  private static String ignoreReason(Path entry, String name) {
    if (Files.isDirectory(entry)) {
      return "a folder (subfolders are not read)";
    }
    if (name.startsWith(".")) {
      return "a hidden file";
    }
    if (!name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
      return "not a .txt file";
    }
    return null;
  }

  public Article read(Path file) throws UnreadableArticleException {
    return read(file, readBytes(file));
  }

  /**
   * An article from the bytes of its file (read elsewhere: a distributed file system), checked as
   * {@link #read(Path)} checks a file; {@code file} gives its name and doc_id.
   */
  public Article read(Path file, byte[] bytes) throws UnreadableArticleException {
    if (bytes.length > maxBytes) {
      throw tooLarge(bytes.length);
    }
    if (bytes.length == 0) {
      throw new UnreadableArticleException("empty file (0 bytes)");
    }
    ArticleContent.checkNotBinary(bytes);
    String text = ArticleContent.decode(bytes);
    if (ArticleContent.isBlank(text)) {
      throw new UnreadableArticleException("empty article: no text besides white space");
    }
    return new Article(docId(file), file, text);
  }

  private byte[] readBytes(Path file) throws UnreadableArticleException {
    if (!Files.isRegularFile(file)) {
      throw new UnreadableArticleException(
          Files.exists(file) ? "not a regular file" : "cannot read file: no such file (a broken link?)");
    }
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooLarge(size);
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > maxBytes) {
        throw tooLarge(bytes.length);
      }
      return bytes;
    } catch (AccessDeniedException e) {
      throw new UnreadableArticleException("cannot read file: permission denied");
    } catch (NoSuchFileException e) {
      throw new UnreadableArticleException("cannot read file: no such file");
    } catch (IOException e) {
      throw new UnreadableArticleException("cannot read file: " + describe(e));
    } catch (OutOfMemoryError e) {
      throw new UnreadableArticleException("cannot read file: out of memory");
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private UnreadableArticleException tooLarge(long size) {
    return new UnreadableArticleException(
        String.format(Locale.ROOT, "file is %d bytes, over the limit of %d bytes (--max-bytes)", size, maxBytes));
  }

  static String docId(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".txt".length());
  }
}
