import java.nio.file.*;
import java.util.*;
import org.neo4j.driver.*;
import org.neo4j.driver.summary.*;

public class Hits {
  static long hits(ProfiledPlan p) { long h = p.dbHits(); for (ProfiledPlan c : p.children()) h += hits(c); return h; }
  public static void main(String[] a) throws Exception {
    try (Driver d = GraphDatabase.driver(a[0]); Session s = d.session()) {
      Map<String,Object> params = new HashMap<>(Map.of("code","AMS1","first",100L,"sel0",0L,"sel1",20L,"m","mun:amsterdam","t","theme:gedrag-identiteit","municipality","mun:amsterdam","theme","theme:gedrag-identiteit"));
      for (int i = 1; i < a.length; i++) {
        String text = Files.readString(Path.of(a[i]));
        var sum = s.run("PROFILE " + text, params).consume();
        System.out.printf("%-40s dbHits %d%n", Path.of(a[i]).getFileName(), hits(sum.profile()));
      }
    }
    System.exit(0);
  }
}
