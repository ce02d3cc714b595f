package newsfacts.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsfacts.model.CharSpan;
import newsfacts.model.EntityMention;
import newsfacts.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityIndexTest {
  private static EntityMention mention(String text, EntityType type, String canonical) {
    return new EntityMention(new CharSpan(0, text.length()), text, type, Optional.empty(), 0, canonical);
  }

  @Test
  void caseVariantsOfOneNameAreOneEntityUnderTheCommonerForm(@TempDir Path dir) throws IOException {
    EntityIndex index = new EntityIndex();
    index.add("a", List.of(mention("OSLO", EntityType.LOCATION, "OSLO"), mention("Oslo", EntityType.LOCATION, "Oslo")));
    index.add("b", List.of(mention("Oslo", EntityType.LOCATION, "Oslo"),
        mention("NATO", EntityType.ORGANIZATION, "North Atlantic Treaty Organization"),
        mention("Oslo", EntityType.ORGANIZATION, "Oslo")));
    Path file = dir.resolve("entity_index.csv");
    TableWriter table = new TableWriter(file, Tables.ENTITY_INDEX.header(), false);
    index.writeTo(table);
    table.commit();
    assertEquals(
        "entity,type,variants,mentions,documents,doc_ids\r\n"
            + "North Atlantic Treaty Organization,ORGANIZATION,NATO,1,1,b\r\n"
            + "Oslo,LOCATION,OSLO; Oslo,3,2,a; b\r\n"
            + "Oslo,ORGANIZATION,Oslo,1,1,b\r\n",
        Files.readString(file));
  }
}
