package newsfacts.formats.brat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsfacts.model.EntityType;
import newsfacts.model.LocationSubtype;
import newsfacts.model.QuoteKind;
import newsfacts.model.RelationSlot;
import newsfacts.model.TimexType;

/**
 * How the annotation scheme is written in brat standoff. Text-bound types: the entity types,
 * the TIMEX3 types, Quote (the content span), Source (the speaker mention), Cue (the reporting
 * words) and Argument (a relation argument that is no entity or date, such as a title).
 * Attributes: Subtype on LOCATION, Kind on Quote. Relations: the TAC KBP slots with "_" for ":"
 * (per_title), Has_source and Has_cue from a Quote. Free text goes into AnnotatorNotes lines of
 * the form key=value: canonical (entity or argument, when not its text), value (date), speaker,
 * speaker_text and cue (quote, when not written as a span), evidence=START-END (relation).
 */
final class BratScheme {
  private BratScheme() {}

  static final String QUOTE = "Quote";
  static final String SOURCE = "Source";
  static final String CUE = "Cue";
  static final String ARGUMENT = "Argument";
  static final String HAS_SOURCE = "Has_source";
  static final String HAS_CUE = "Has_cue";
  static final String SUBTYPE = "Subtype";
  static final String KIND = "Kind";
  static final String NOTES = "AnnotatorNotes";

  static List<String> entityTypes() {
    return Arrays.stream(EntityType.values()).map(Enum::name).toList();
  }

  static List<String> dateTypes() {
    return Arrays.stream(TimexType.values()).map(Enum::name).toList();
  }

  static List<String> textBoundTypes() {
    return Stream.of(entityTypes(), dateTypes(), List.of(QUOTE, SOURCE, CUE, ARGUMENT)).flatMap(List::stream).toList();
  }

  /** per:title -> per_title. */
  static String relationType(RelationSlot slot) {
    return slot.writtenName().replace(':', '_');
  }

  static List<String> relationTypes() {
    return Arrays.stream(RelationSlot.values()).map(BratScheme::relationType).toList();
  }

  static String annotationConf() {
    String anyName = String.join("|", Stream.of(entityTypes(), dateTypes(), List.of(ARGUMENT))
        .flatMap(List::stream).toList());
    StringBuilder b = new StringBuilder("# newsfacts annotation scheme v1.2 in brat (written by newsfacts)\n[entities]\n");
    textBoundTypes().forEach(t -> b.append(t).append('\n'));
    b.append("[relations]\n");
    relationTypes().forEach(r -> b.append(r).append(" Arg1:").append(anyName).append(", Arg2:").append(anyName)
        .append('\n'));
    b.append(HAS_SOURCE).append(" Arg1:").append(QUOTE).append(", Arg2:").append(SOURCE).append('\n');
    b.append(HAS_CUE).append(" Arg1:").append(QUOTE).append(", Arg2:").append(CUE).append('\n');
    b.append("<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
    b.append("[events]\n[attributes]\n");
    b.append(SUBTYPE).append(" Arg:LOCATION, Value:").append(values(LocationSubtype.values())).append('\n');
    b.append(KIND).append(" Arg:").append(QUOTE).append(", Value:")
        .append(Arrays.stream(QuoteKind.values()).map(QuoteKind::label).collect(Collectors.joining("|"))).append('\n');
    return b.toString();
  }

  static String visualConf() {
    StringBuilder b = new StringBuilder("[labels]\n");
    b.append("ORGANIZATION | Organization | ORG\nNATIONALITY | Nationality | NAT\nLOCATION | Location | LOC\n");
    b.append("PERSON | Person | PER\n");
    b.append("[drawing]\n");
    String[][] colours = {{"PERSON", "#ffccaa"}, {"ORGANIZATION", "#8fb2ff"}, {"LOCATION", "#95dfff"},
        {"NATIONALITY", "#ccadf6"}, {"MISC", "#f1f447"}, {"DATE", "#b4e4a0"}, {"TIME", "#b4e4a0"},
        {"DURATION", "#d8f0c8"}, {"SET", "#d8f0c8"}, {QUOTE, "#eeeeee"}, {SOURCE, "#ffcc66"}, {CUE, "#ff9999"},
        {ARGUMENT, "#dddddd"}};
    for (String[] c : colours) {
      b.append(c[0]).append("\tbgColor:").append(c[1]).append('\n');
    }
    b.append("SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n");
    b.append("ARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n");
    b.append(HAS_SOURCE).append("\tcolor:#cc6600\n").append(HAS_CUE).append("\tcolor:#cc0000\n");
    return b.toString();
  }

  private static String values(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining("|"));
  }

  /** A note value with backslash, tab and line breaks escaped (\\, \t, \n, \r): a note is one line. */
  static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char n = value.charAt(++i);
        b.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
