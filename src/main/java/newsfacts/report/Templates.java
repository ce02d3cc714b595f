package newsfacts.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders the report's jte templates (src/main/jte/report), compiled to Java classes at build
 * time: no template compiler at run time. The HTML content type escapes every {@code ${...}}
 * for where it stands (element text, attribute value, script), so article text is only ever text.
 */
final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  static void render(String template, Map<String, Object> params, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ENGINE.render(template, params, new WriterOutput(out));
    }
  }
}
