package newsfacts.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A hand-made reference (two articles, every table) and a system's tables for them, written as
 * CSV into a folder. The scores are worked out by hand in ScoringTablesTest and in
 * src/test/resources/newsfacts/score/scores.expected.csv.
 */
public final class SmallTables {
  private SmallTables() {}

  // d1 offsets: ASTANA 0-6, "June 6, 2012" 8-20, Xinhua 22-28, Kazakhstan 33-43 ('s 43-45),
  // Foreign Minister 46-62, Yerzhan Kazykhanov 63-81, Wednesday 90-99, "the SCO will expand" 105-124
  // (SCO 109-112), the direct quote 126-153, "he" 154-156; 172 characters, first sentence 0-125.
  static final String D1 = "ASTANA, June 6, 2012 (Xinhua) -- Kazakhstan's Foreign Minister Yerzhan Kazykhanov"
      + " said on Wednesday that the SCO will expand. \"We welcome new observers,\" he told reporters.";
  // d2 offsets: BEIJING 0-7, "June 2012" 9-18, the quote 22-97, Shanghai Cooperation Organization
  // 26-59, SCO 61-64, Shanghai 81-89, 2001 93-97, Xinhua 99-105; 111 characters.
  static final String D2 = "BEIJING, June 2012 -- The Shanghai Cooperation Organization (SCO) was founded in"
      + " Shanghai in 2001, Xinhua said.";
  public static final Map<String, String> TEXTS = Map.of("d1", D1, "d2", D2);

  public static Path writeGold(Path folder) throws IOException {
    Files.createDirectories(folder);
    write(folder, "documents.csv", "doc_id,doc_date,doc_date_evidence",
        "d1,2012-06-06,\"June 6, 2012\"",
        "d2,2012-06,June 2012");
    write(folder, "entities.csv", "doc_id,start,end,text,type,subtype",
        "d1,0,6,ASTANA,LOCATION,CITY",
        "d1,22,28,Xinhua,ORGANIZATION,",
        "d1,33,43,Kazakhstan,LOCATION,COUNTRY",
        "d1,63,81,Yerzhan Kazykhanov,PERSON,",
        "d1,109,112,SCO,ORGANIZATION,",
        "d2,0,7,BEIJING,LOCATION,CITY",
        "d2,26,59,Shanghai Cooperation Organization,ORGANIZATION,",
        "d2,61,64,SCO,ORGANIZATION,",
        "d2,81,89,Shanghai,LOCATION,CITY",
        "d2,99,105,Xinhua,ORGANIZATION,");
    write(folder, "dates.csv", "doc_id,start,end,text,type,value",
        "d1,8,20,\"June 6, 2012\",DATE,2012-06-06",
        "d1,90,99,Wednesday,DATE,2012-06-06",
        "d2,9,18,June 2012,DATE,2012-06",
        "d2,93,97,2001,DATE,2001");
    write(folder, "quotes.csv", "doc_id,quote_id,start,end,text,kind,speaker_text,speaker_start,speaker_end,speaker,cue",
        "d1,q1,105,124,the SCO will expand,indirect,Yerzhan Kazykhanov,63,81,Yerzhan Kazykhanov,said",
        "d1,q2,126,153,\"\"\"We welcome new observers,\"\"\",direct,he,154,156,Yerzhan Kazykhanov,told",
        "d2,q1,22,97,The Shanghai Cooperation Organization (SCO) was founded in Shanghai in 2001,indirect,"
            + "Xinhua,99,105,Xinhua,said");
    write(folder, "relations.csv", "doc_id,subject,relation,object,evidence_start,evidence_end",
        "d1,Yerzhan Kazykhanov,per:title,Foreign Minister,0,125",
        "d1,Yerzhan Kazykhanov,per:employee_or_member_of,Kazakhstan,0,125",
        "d2,Shanghai Cooperation Organization,org:alternate_names,SCO,0,111",
        "d2,Shanghai Cooperation Organization,org:date_founded,2001,0,111",
        "d2,Shanghai Cooperation Organization,org:city_of_founding,Shanghai,0,111");
    return folder;
  }

  public static Path writePrediction(Path folder) throws IOException {
    Files.createDirectories(folder);
    write(folder, "documents.csv", "doc_id,doc_date,doc_date_evidence",
        "d1,2012-06-06,",
        "d2,2012-06-01,",
        "d3,2013-01-01,"); // d3 is not in the reference: ignored in every table
    write(folder, "entities.csv", "doc_id,start,end,text,type,subtype",
        "d1,0,6,ASTANA,LOCATION,CITY", // strict
        "d1,22,28,Xinhua,PERSON,", // same span, wrong type
        "d1,33,45,Kazakhstan's,LOCATION,COUNTRY", // overlap, span too long
        "d1,63,81,Yerzhan Kazykhanov,PERSON,", // strict
        "d1,71,81,Kazykhanov,PERSON,", // a second prediction inside the same gold name
        "d2,0,7,BEIJING,LOCATION,STATE_OR_PROVINCE", // strict, wrong subtype
        "d2,9,13,June,MISC,", // spurious, a type the reference does not use here
        "d2,26,46,Shanghai Cooperation,ORGANIZATION,", // overlap, span too short
        "d2,61,64,SCO,ORGANIZATION,", // strict
        "d2,81,89,Shanghai,LOCATION,CITY", // strict
        "d3,0,5,Paris,LOCATION,CITY");
    write(folder, "dates.csv", "doc_id,start,end,text,type,value",
        "d1,8,20,\"June 6, 2012\",DATE,2012-06-06", // same span, right value
        "d1,16,20,2012,DATE,2012", // overlaps the same gold by 4 only
        "d1,87,99,on Wednesday,DATE,2012-06-13", // overlap, wrong value
        "d2,9,13,June,DATE,2012-06", // overlap, right value
        "d2,93,97,2001,DURATION,2001", // same span, wrong type, right value
        "d3,0,4,2013,DATE,2013");
    write(folder, "quotes.csv", "doc_id,quote_id,start,end,text,kind,speaker_text,speaker_start,speaker_end,speaker,cue",
        // the nominal before the name: canonical speaker right, mention wrong (no overlap with [63,81))
        "d1,p1,100,124,that the SCO will expand,indirect,Foreign Minister,46,62,yerzhan kazykhanov,said",
        "d1,p2,126,137,\"\"\"We welcome\",mixed,he,154,156,He,told",
        "d2,p1,22,97,The Shanghai Cooperation Organization (SCO) was founded in Shanghai in 2001,indirect,"
            + "Xinhua,99,105,Xinhua's,said",
        "d2,p2,99,110,Xinhua said,direct,,,,,said",
        "d3,p1,0,10,Paris said,direct,,,,,said");
    write(folder, "relations.csv", "doc_id,subject,relation,object,evidence_start,evidence_end",
        "d1,Yerzhan Kazykhanov,per:title,foreign minister,0,125",
        "d1,Yerzhan Kazykhanov,per:title,Foreign Minister,0,125", // the same fact again
        "d1,Yerzhan Kazykhanov,per:employee_or_member_of,Kazakhstan's,0,125",
        "d2,The Shanghai Cooperation Organization,org:alternate_names,SCO,0,111",
        "d2,Shanghai Cooperation Organization,org:date_founded,2001-06,0,111",
        "d2,Shanghai Cooperation Organization,org:city_of_headquarters,Shanghai,0,111",
        "d3,UNESCO,org:city_of_headquarters,Paris,0,5");
    return folder;
  }

  private static void write(Path folder, String name, String header, String... rows) throws IOException {
    StringBuilder csv = new StringBuilder(header).append("\r\n");
    for (String row : rows) {
      csv.append(row).append("\r\n");
    }
    Files.writeString(folder.resolve(name), csv, StandardCharsets.UTF_8);
  }
}
