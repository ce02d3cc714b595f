package newsfacts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import newsfacts.model.Article;

/**
 * The package boundaries of the main code: CoreNLP behind one adapter, scoring apart from
 * prediction, and the extraction rules free of the application around them.
 */
@AnalyzeClasses(locations = ArchitectureTest.MainClasses.class)
class ArchitectureTest {
  /** The main classes' folder: scanning the class path for the package would open CoreNLP's jars. */
  static final class MainClasses implements LocationProvider {
    @Override
    public Set<Location> get(Class<?> testClass) {
      try {
        return Set.of(Location.of(Path.of(Article.class.getProtectionDomain().getCodeSource().getLocation().toURI())));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @ArchTest
  static final ArchRule onlyTheAdapterUsesCoreNlp =
      noClasses().that().resideOutsideOfPackage("newsfacts.annotate.corenlp..")
          .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
          .because("CoreNLP stays behind one adapter (STYLE.md, point 6)");

  @ArchTest
  static final ArchRule scoringKnowsNothingOfPrediction =
      noClasses().that().resideInAPackage("newsfacts.eval..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("newsfacts.extract..", "newsfacts.annotate..", "newsfacts.app..")
          .because("prediction and evaluation meet only through data (STYLE.md, point 3)");

  @ArchTest
  static final ArchRule extractionStandsOnItsOwn =
      noClasses().that().resideInAPackage("newsfacts.extract..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("newsfacts.app..", "newsfacts.cli..", "newsfacts.tables..", "newsfacts.eval..")
          .because("the extraction steps read a Document and know nothing of the run, the tables or the scores");

  @ArchTest
  static final ArchRule onlyTheSparkRunnerUsesSpark =
      noClasses().that().resideOutsideOfPackage("newsfacts.spark..")
          .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..", "newsfacts.spark..")
          .because("a single-machine run must not load Spark, which is not on its class path (README, \"Spark\")");
}
