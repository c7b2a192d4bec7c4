import java.net.URI; import java.net.http.*; import java.nio.file.*; import java.util.*;
/**
 * Service CPU per request (from /proc/PID/stat), in interleaved batches: robust to a busy machine (README.md).
 * args: label rounds batch, then per case: name PID=url kind file (kind: raw = a statement through the driver to the
 * bolt:// url, gql = a GraphQL query posted to the http:// url, gqlf = the same with field-by-field completion).
 */
public class CpuProbe {
  static long cpu(String pid) throws Exception { String[] f = Files.readString(Path.of("/proc/"+pid+"/stat")).split("\\) ")[1].split(" "); return Long.parseLong(f[11]) + Long.parseLong(f[12]); }
  public static void main(String[] a) throws Exception {
    int rounds = Integer.parseInt(a[1]), batch = Integer.parseInt(a[2]);
    HttpClient hc = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<String> names = new ArrayList<>(); List<HttpRequest> reqs = new ArrayList<>(); List<String> pids = new ArrayList<>(); List<String> raws = new ArrayList<>(); List<org.neo4j.driver.Driver> drivers = new ArrayList<>();
    for (int i = 3; i + 3 < a.length + 1; i += 4) {
      String text = Files.readString(Path.of(a[i+3]));
      String body = "{\"query\":" + quote(text) + extension(a[i+2]) + "}";
      names.add(a[i]); pids.add(a[i+1].split("=")[0]);
      raws.add(a[i+2].equals("raw") ? text : null); drivers.add(a[i+2].equals("raw") ? org.neo4j.driver.GraphDatabase.driver(a[i+1].split("=")[1]) : null);
      reqs.add(a[i+2].equals("raw") ? null : HttpRequest.newBuilder(URI.create(a[i+1].split("=")[1])).header("Content-Type","application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
    Map<String, List<Double>> per = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) for (int c = 0; c < names.size(); c++) {
      long before = cpu(pids.get(c)); long t0 = System.nanoTime();
      Map<String,Object> params = Map.of("code","AMS1","first",100L,"sel0",100L,"m","mun:amsterdam","t","theme:gedrag-identiteit");
      if (raws.get(c) != null) { for (int k = 0; k < batch; k++) { try (var s = drivers.get(c).session(org.neo4j.driver.SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build())) { final String q = raws.get(c); s.executeRead(tx -> tx.run(q, params).list()); } } }
      else for (int k = 0; k < batch; k++) { var resp = hc.send(reqs.get(c), HttpResponse.BodyHandlers.ofString()); if (resp.body().contains("\"errors\"")) throw new RuntimeException(resp.body()); }
      double ms = (cpu(pids.get(c)) - before) * 10.0 / batch; // clock ticks of 10 ms
      if (r >= rounds / 5) per.computeIfAbsent(names.get(c), x -> new ArrayList<>()).add(ms);
    }
    drivers.forEach(d -> { if (d != null) d.close(); });
    for (var e : per.entrySet()) { var l = e.getValue(); Collections.sort(l); System.out.printf("%-12s service CPU/request p50 %6.2f ms (p25 %6.2f p75 %6.2f)%n", e.getKey(), l.get(l.size()/2), l.get(l.size()/4), l.get(l.size()*3/4)); }
  }
  /** gqlf: graphql-java's field-by-field completion; gqlb: reads over loopback Bolt instead of in-process. */
  static String extension(String kind) {
    return switch (kind) { case "gqlf" -> ",\"extensions\":{\"botoc\":{\"fieldByField\":true}}"; case "gqlb" -> ",\"extensions\":{\"botoc\":{\"overBolt\":true}}"; default -> ""; };
  }
  static String quote(String s) { StringBuilder b = new StringBuilder("\""); for (char ch : s.toCharArray()) { switch (ch) { case '"' -> b.append("\\\""); case '\\' -> b.append("\\\\"); case '\n' -> b.append("\\n"); default -> b.append(ch); } } return b.append('"').toString(); }
}
