package newsfacts.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Messages for I/O failures that keep the reason: Java's file exceptions often carry only the
 * path ("out/.documents.csv.tmp"), the reason being in the exception's class.
 */
final class IoMessages {
  private IoMessages() {}

  static String describe(Throwable e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      String cause = describe(u.getCause());
      return u.getMessage() == null || u.getMessage().equals(u.getCause().toString()) ? cause
          : u.getMessage() + ": " + cause;
    }
    if (e instanceof FileSystemException f) {
      String where = f.getFile() == null ? "" : f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile())
          + ": ";
      return where + (f.getReason() != null ? f.getReason() : reason(f));
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String reason(FileSystemException f) {
    if (f instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (f instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (f instanceof NotDirectoryException) {
      return "not a folder";
    }
    return f.getClass().getSimpleName();
  }
}
