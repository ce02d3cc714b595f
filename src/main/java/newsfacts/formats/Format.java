package newsfacts.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import newsfacts.formats.brat.BratWriter;
import newsfacts.formats.conll.ConllWriter;
import newsfacts.formats.jsonl.JsonLinesWriter;
import newsfacts.formats.xlsx.XlsxWriter;
import newsfacts.tables.ArticleSink;
import newsfacts.tables.ResultWriter;

/** An output format of a run ({@code --formats}), the files it writes and how to open its sink. */
public enum Format {
  CSV(ResultWriter.TABLE_FILES),
  XLSX(List.of(XlsxWriter.FILE)),
  JSONL(List.of(JsonLinesWriter.FILE)),
  BRAT(List.of(BratWriter.FOLDER)),
  CONLL(List.of(ConllWriter.FILE));

  private final List<String> files;

  Format(List<String> files) {
    this.files = files;
  }

  /** The files and folders this format may write in the output folder. */
  public List<String> files() {
    return files;
  }

  /** The name on the command line: csv, xlsx, jsonl, brat, conll. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Opens the format's writer into the staging folder. */
  public ArticleSink open(Path staging, boolean neutraliseCsv) throws IOException {
    return switch (this) {
      case CSV -> new ResultWriter(staging, neutraliseCsv);
      case XLSX -> new XlsxWriter(staging);
      case JSONL -> new JsonLinesWriter(staging);
      case BRAT -> new BratWriter(staging);
      case CONLL -> new ConllWriter(staging);
    };
  }

  /** The format named (any case), for picocli's converter. */
  public static Format parse(String name) {
    for (Format f : values()) {
      if (f.optionName().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "' (expected csv, xlsx, jsonl, brat or conll)");
  }
}
