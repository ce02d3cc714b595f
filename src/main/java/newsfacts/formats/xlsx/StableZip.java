package newsfacts.formats.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a workbook so the same tables give the same bytes: the writer stamps every zip entry
 * and the document properties with the time of writing, which would make each run's workbook
 * differ. Entries keep their order and content; their times become a fixed date, and the
 * properties' creation time is left out.
 */
final class StableZip {
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
  private static final String PROPERTIES = "docProps/core.xml";
  private static final Pattern CREATED = Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>");

  private StableZip() {}

  static void rewrite(Path from, Path to) throws IOException {
    try (ZipFile in = new ZipFile(from.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      Enumeration<? extends ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(copy);
        try (InputStream content = in.getInputStream(entry)) {
          if (entry.getName().equals(PROPERTIES)) {
            String xml = new String(content.readAllBytes(), StandardCharsets.UTF_8);
            out.write(CREATED.matcher(xml).replaceAll("").getBytes(StandardCharsets.UTF_8));
          } else {
            content.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
  }

}
