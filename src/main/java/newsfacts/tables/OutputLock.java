package newsfacts.tables;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One run per output folder: an exclusive lock ({@link FileChannel#tryLock}) on the file {@value
 * #FILE_NAME} in the folder, held until {@link #close}. The holder writes who it is into the
 * file, so a second run can say which run holds the folder. The operating system releases the
 * lock when the holder dies, even by kill -9, so a stale lock file never blocks a later run.
 *
 * <p>Design decision: the lock file is left in place (emptied) when the lock is released.
 * Deleting it would let a run that opened the old file and a run that created a new one both
 * believe they hold the folder.
 */
public final class OutputLock implements AutoCloseable {
  public static final String FILE_NAME = ".newsfacts.lock";

  /** Another run holds the folder; the message says which. */
  public static final class HeldException extends IOException {
    HeldException(String message) {
      super(message);
    }
  }

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Locks the folder (which must exist) or throws {@link HeldException} at once. */
  public static OutputLock acquire(Path folder) throws IOException {
    Path file = folder.resolve(FILE_NAME);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this very process (another run in the same JVM)
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
      channel.close();
      throw new HeldException("the output folder " + folder + " is in use by another run ("
          + (holder.isEmpty() ? "holder unknown" : holder) + "); wait for it to finish or choose another --output");
    }
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(describeThisRun().getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(true);
    return new OutputLock(channel, lock);
  }

  private static String describeThisRun() {
    return "process " + ProcessHandle.current().pid() + ", started "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
  }

  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
    }
  }
}
