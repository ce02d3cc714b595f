package newsfacts.tables;

import java.nio.file.Path;

/** Holds the lock of the folder given until its standard input closes (a second process for OutputLockTest). */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (OutputLock lock = OutputLock.acquire(Path.of(args[0]))) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() != -1) {
        // wait
      }
    }
  }
}
