import java.net.URI;
import java.net.http.*;
import java.nio.file.*;
import java.util.*;
import org.neo4j.driver.*;

public class Probe {
  public static void main(String[] a) throws Exception { try { run(a); } catch (Throwable t) { t.printStackTrace(); System.exit(1); } }
  static void run(String[] a) throws Exception {
    String bolt = a[0], http = a[1]; int rounds = Integer.parseInt(a[2]);
    Driver d = GraphDatabase.driver(bolt);
    HttpClient hc = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    // vgql: the client the race used before (its executor on virtual threads)
    HttpClient vhc = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()).build();
    // name -> runnable
    LinkedHashMap<String, Runnable> cases = new LinkedHashMap<>();
    for (int i = 3; i + 2 < a.length; i += 3) {
      String name = a[i], kind = a[i+1], file = a[i+2];
      String url = http; Driver drv = d;
      if (file.contains("@")) { String port = file.substring(0, file.indexOf('@')); file = file.substring(file.indexOf('@') + 1); url = "http://localhost:" + port + "/graphql"; drv = GraphDatabase.driver("bolt://127.0.0.1:" + (port.equals("29080") ? "29687" : "27687")); }
      final String text = Files.readString(Path.of(file)); final String target = url; final Driver dd = drv;
      Map<String,Object> params = new HashMap<>(Map.of("code","AMS1","first",100L,"sel0",100L,"m","mun:amsterdam","t","theme:gedrag-identiteit"));
      switch (kind) {
        case "raw" -> cases.put(name, () -> { try (var s = dd.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build())) { s.executeRead(tx -> tx.run(text, params).list()); } });
        case "tx" -> cases.put(name, () -> { try (var s = dd.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build()); var tx = s.beginTransaction()) { tx.run(text, params).list(); tx.commit(); } });
        case "url" -> { byte[] body = ("{\"query\":" + quote(text) + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
          cases.put(name, () -> { try { var c = (java.net.HttpURLConnection) URI.create(target).toURL().openConnection(); c.setRequestMethod("POST"); c.setDoOutput(true); c.setRequestProperty("Content-Type","application/json"); c.setFixedLengthStreamingMode(body.length); try (var o = c.getOutputStream()) { o.write(body); } String r; try (var in = c.getInputStream()) { r = new String(in.readAllBytes()); } if (r.contains("\"errors\"")) throw new RuntimeException(r); } catch (Exception e) { throw new RuntimeException(e); } }); }
        case "gql", "gqlf", "gqlb", "vgql" -> { String body = "{\"query\":" + quote(text) + extension(kind) + "}"; final HttpClient client = kind.equals("vgql") ? vhc : hc;
          cases.put(name, () -> { try { var r = client.send(HttpRequest.newBuilder(URI.create(target)).header("Content-Type","application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()); if (r.body().contains("\"errors\"")) throw new RuntimeException(r.body()); } catch (Exception e) { throw new RuntimeException(e); } }); }
      }
    }
    Map<String,List<Double>> t = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) for (var e : cases.entrySet()) {
      long s = System.nanoTime(); e.getValue().run(); double ms = (System.nanoTime()-s)/1e6;
      if (r >= rounds/5) t.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(ms);
    }
    for (var e : t.entrySet()) { var l = e.getValue(); Collections.sort(l); System.out.printf("%-14s p50 %7.2f ms  p90 %7.2f%n", e.getKey(), l.get(l.size()/2), l.get(l.size()*9/10)); }
    d.close(); System.exit(0);
  }
  /** gqlf: graphql-java's field-by-field completion; gqlb: reads over loopback Bolt instead of in-process. */
  static String extension(String kind) {
    return switch (kind) { case "gqlf" -> ",\"extensions\":{\"botoc\":{\"fieldByField\":true}}"; case "gqlb" -> ",\"extensions\":{\"botoc\":{\"overBolt\":true}}"; default -> ""; };
  }
  static String quote(String s) { StringBuilder b = new StringBuilder("\""); for (char c : s.toCharArray()) { switch (c) { case '"' -> b.append("\\\""); case '\\' -> b.append("\\\\"); case '\n' -> b.append("\\n"); default -> b.append(c); } } return b.append('"').toString(); }
}
