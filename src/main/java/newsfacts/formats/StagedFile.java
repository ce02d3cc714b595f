package newsfacts.formats;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A UTF-8 text file written into the run's staging folder: the whole staging folder is the
 * unit that replaces the previous set, so the file is written under its final name and deleted
 * when the run closes it without committing.
 */
public final class StagedFile implements AutoCloseable {
  private final Path path;
  private final Writer out;
  private boolean committed;

  public StagedFile(Path path) throws IOException {
    this.path = path;
    Files.deleteIfExists(path);
    this.out = new BufferedWriter(new OutputStreamWriter(
        Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8),
        1 << 16);
  }

  public Writer writer() {
    return out;
  }

  /** Appends text; an I/O failure fails the run, not the article. */
  public void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + path, e);
    }
  }

  public void commit() throws IOException {
    out.close();
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      out.close();
    } finally {
      Files.deleteIfExists(path);
    }
  }
}
