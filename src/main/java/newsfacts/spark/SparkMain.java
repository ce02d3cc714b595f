package newsfacts.spark;

import java.io.PrintWriter;
import newsfacts.cli.ExitCodes;
import org.apache.spark.SparkConf;
import picocli.CommandLine;

/**
 * Entry point of {@code ./run.sh spark} and of {@code spark-submit}: a main class apart from the
 * tool's, so that nothing of Spark is loaded by a single-machine run.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    // Spark logs every task at INFO through slf4j-simple (read as each logger is made); keep its warnings.
    for (String noisy : new String[] {"org.apache.spark", "org.apache.hadoop", "org.sparkproject", "io.netty"}) {
      System.setProperty("org.slf4j.simpleLogger.log." + noisy, System.getProperty("newsfacts.sparkLogLevel", "warn"));
    }
    CommandLine cli = new CommandLine(new SparkCommand(out, err));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> ExitCodes.FATAL);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("error: " + e.getMessage());
      err.println("Try --help for the options.");
      return ExitCodes.USAGE;
    });
    return cli.execute(args);
  }

  /** Spark's configuration: --master, else spark-submit's, else local[*]; no web UI for a local run. */
  static SparkConf conf(String master) {
    SparkConf conf = new SparkConf().setAppName("newsfacts");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    return conf;
  }
}
