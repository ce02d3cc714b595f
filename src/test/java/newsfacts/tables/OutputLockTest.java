package newsfacts.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run per output folder: a second one is refused at once and told which run holds it. */
class OutputLockTest {
  @TempDir Path out;

  @Test
  void aSecondLockInTheSameProcessIsRefusedUntilTheFirstIsReleased() throws IOException {
    try (OutputLock first = OutputLock.acquire(out)) {
      OutputLock.HeldException e = assertThrows(OutputLock.HeldException.class, () -> OutputLock.acquire(out));
      assertTrue(e.getMessage().startsWith("the output folder " + out + " is in use by another run (process "
          + ProcessHandle.current().pid() + ", started "), e.getMessage());
    }
    OutputLock.acquire(out).close();
  }

  @Test
  void anotherProcessHoldingTheFolderIsNamedAndKillingItFreesTheFolder() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        LockHolder.class.getName(), out.toString()).redirectErrorStream(true).start();
    try {
      BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", said.readLine());
      OutputLock.HeldException e = assertThrows(OutputLock.HeldException.class, () -> OutputLock.acquire(out));
      assertTrue(e.getMessage().contains("(process " + holder.pid() + ", started "), e.getMessage());
    } finally {
      holder.destroyForcibly(); // kill -9: the system releases the lock
      holder.waitFor(10, TimeUnit.SECONDS);
    }
    OutputLock.acquire(out).close();
  }
}
