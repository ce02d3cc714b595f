package newsfacts.cli;

import java.io.PrintWriter;
import newsfacts.annotate.FakeAnnotator;

/** The run command with the model-free annotator, as a program (tests start it in a JVM of their own). */
public final class FakeRun {
  private FakeRun() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(Main.run(new RunCommand(out, err, settings -> new FakeAnnotator()), args, out, err));
  }
}
