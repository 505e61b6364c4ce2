package dev.webexwholesale.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22's proof: an operation added to the spec reaches the library and the CLI with no
 * hand-written line. A scratch copy of the project gets {@code GET
 * /wholesale/customers/{customerId}/usage} ("Get Wholesale Customer Usage"), runs the regenerate
 * command and compiles offline; a program compiled against that copy calls the new method, its
 * async twin, its RequestOptions overload and a sub-partner view, meets a 404, and runs the
 * generated CLI command, all against a local fake server.
 */
class GeneratedSurfaceProofTest {
  private static final String USAGE = "{\"customerId\":\"cust-1\",\"minutes\":42}";

  @TempDir
  Path scratch;

  @Test
  void anOperationAddedToTheSpecReachesTheLibraryAndTheCli() throws Exception {
    Path root = Path.of(System.getProperty("spec.path")).getParent().getParent();
    copyProject(root, scratch);
    addUsageOperation(scratch);
    maven(scratch, "-Pregenerate", "generate-sources");
    maven(scratch, "-pl", "extensions,src/sandbox,src/cli", "compile", "-Djavadoc.skip=true",
        "-Dmaven.source.skip=true");

    List<Path> classes = List.of(scratch.resolve("src/cli/target/classes"),
        scratch.resolve("src/sandbox/target/classes"), scratch.resolve("extensions/target/classes"));
    Path program = compileProgram(classes);

    WireMockServer wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
    try {
      wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/cust-1/usage")).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/json").withHeader("trackingid", "OK_1").withBody(USAGE)));
      wm.stubFor(get(urlPathEqualTo("/v1/wholesale/customers/missing/usage")).willReturn(aResponse().withStatus(404)
          .withHeader("Content-Type", "application/json").withHeader("trackingid", "NF_1")
          .withBody("{\"message\":\"Customer not found\",\"trackingId\":\"NF_1\"}")));
      wm.stubFor(get(urlPathEqualTo("/v1/wholesale/partnerUsage")).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/json").withBody("{\"minutes\":7}")));

      List<URL> urls = new ArrayList<>();
      urls.add(program.toUri().toURL());
      for (Path c : classes) {
        urls.add(c.toUri().toURL());
      }
      String report;
      try (URLClassLoader loader = new ScratchFirst(urls.toArray(URL[]::new), getClass().getClassLoader())) {
        Class<?> proof = loader.loadClass("dev.webexwholesale.cli.UsageProof");
        report = (String) proof.getMethod("run", String.class).invoke(null, wm.baseUrl() + "/v1");
      }

      JsonObject r = JsonParser.parseString(report).getAsJsonObject();
      assertEquals(42, r.get("sync").getAsInt(), report);
      assertEquals(42, r.get("async").getAsInt(), report);
      assertEquals(42, r.get("withOptions").getAsInt(), report);
      assertEquals(42, r.get("onBehalfOf").getAsInt(), report);
      assertEquals("NotFoundException", r.get("notFound").getAsString(), report);
      assertEquals("NF_1", r.get("notFoundTrackingId").getAsString(), report);
      assertEquals(0, r.get("cliExit").getAsInt(), report);
      assertEquals(JsonParser.parseString(USAGE), JsonParser.parseString(r.get("cliOut").getAsString()), report);
      // a group the spec gains is a CLI group at once, listed by the root's usage (built lazily, from GeneratedGroups)
      assertEquals(0, r.get("helpExit").getAsInt(), report);
      assertTrue(r.get("rootHelp").getAsString().contains("\n  partner-usage "), report);
      assertEquals(0, r.get("groupExit").getAsInt(), report);
      assertEquals(JsonParser.parseString("{\"minutes\":7}"), JsonParser.parseString(r.get("groupOut").getAsString()),
          report);

      // the sub-partner view sends the parameter the operation declares; the others do not
      wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/wholesale/customers/cust-1/usage"))
          .withQueryParam("onBehalfOfSubPartnerOrgId", equalTo("org-9")));
      wm.verify(1, getRequestedFor(urlPathEqualTo("/v1/wholesale/customers/cust-1/usage"))
          .withHeader("TrackingID", equalTo("opt-1")));
      assertEquals(5, wm.findAll(getRequestedFor(urlPathEqualTo("/v1/wholesale/customers/cust-1/usage"))).size());
    } finally {
      wm.stop();
    }
  }

  /** The project as a checkout has it, without build output or history. */
  private static void copyProject(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path rel = from.relativize(p);
        String first = rel.getNameCount() == 0 ? "" : rel.getName(0).toString();
        if (first.equals(".git") || first.equals("docs") || rel.toString().contains("target")) {
          continue;
        }
        Path dest = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
  }

  /** The new operation goes where regeneration reads Webex's operations from. */
  private static void addUsageOperation(Path project) throws IOException {
    Path vendored = project.resolve("openapi/sources/webex-wholesale.official.json");
    if (Files.exists(vendored)) {
      JsonObject spec = JsonParser.parseString(Files.readString(vendored)).getAsJsonObject();
      spec.getAsJsonObject("paths").add("/wholesale/customers/{customerId}/usage", usageOperationJson());
      spec.getAsJsonObject("paths").add("/wholesale/partnerUsage", partnerUsageOperationJson());
      Files.writeString(vendored, spec.toString());
      return;
    }
    Path yaml = project.resolve("openapi/webex-wholesale.yaml");
    String text = Files.readString(yaml);
    String op = String.join("\n",
        "  /wholesale/customers/{customerId}/usage:",
        "    get:",
        "      operationId: Get Wholesale Customer Usage",
        "      summary: Get Wholesale Customer Usage",
        "      parameters:",
        "      - name: customerId",
        "        in: path",
        "        required: true",
        "        schema:",
        "          type: string",
        "      - name: onBehalfOfSubPartnerOrgId",
        "        in: query",
        "        schema:",
        "          type: string",
        "      responses:",
        "        '200':",
        "          description: The customer's usage.",
        "          content:",
        "            application/json:",
        "              schema:",
        "                type: object",
        "                properties:",
        "                  customerId:",
        "                    type: string",
        "                  minutes:",
        "                    type: integer",
        "");
    String group = String.join("\n",
        "  /wholesale/partnerUsage:",
        "    get:",
        "      operationId: Get Partner Usage",
        "      summary: Get Partner Usage",
        "      responses:",
        "        '200':",
        "          description: The partner's usage.",
        "          content:",
        "            application/json:",
        "              schema:",
        "                type: object",
        "                properties:",
        "                  minutes:",
        "                    type: integer",
        "");
    assertTrue(text.contains("\npaths:\n"));
    Files.writeString(yaml, text.replace("\npaths:\n", "\npaths:\n" + op + group));
  }

  /** An operation of a group the spec did not have: its CLI group must be listed by the root's usage. */
  private static JsonObject partnerUsageOperationJson() {
    String json = "{\"get\":{\"operationId\":\"Get Partner Usage\",\"summary\":\"Get Partner Usage\","
        + "\"responses\":{\"200\":{\"description\":\"The partner's usage.\",\"content\":{\"application/json\":"
        + "{\"schema\":{\"type\":\"object\",\"properties\":{\"minutes\":{\"type\":\"integer\"}}}}}}}}}";
    return JsonParser.parseString(json).getAsJsonObject();
  }

  private static JsonObject usageOperationJson() {
    String json = "{\"get\":{\"operationId\":\"Get Wholesale Customer Usage\",\"summary\":\"Get Wholesale Customer Usage\","
        + "\"parameters\":[{\"name\":\"customerId\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}},"
        + "{\"name\":\"onBehalfOfSubPartnerOrgId\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}}],"
        + "\"responses\":{\"200\":{\"description\":\"The customer's usage.\",\"content\":{\"application/json\":"
        + "{\"schema\":{\"type\":\"object\",\"properties\":{\"customerId\":{\"type\":\"string\"},"
        + "\"minutes\":{\"type\":\"integer\"}}}}}}}}}";
    return JsonParser.parseString(json).getAsJsonObject();
  }

  /**
   * Offline, with the warm local repository; never installs anything. A plugin only the
   * regenerate profile uses may be missing from a fresh machine's repository: then, once, online.
   */
  private static void maven(Path dir, String... goals) throws Exception {
    String output = runMaven(dir, true, goals);
    if (output != null && output.contains("offline")) {
      output = runMaven(dir, false, goals);
    }
    if (output != null) {
      throw new AssertionError("mvn " + String.join(" ", goals) + " failed:\n" + output);
    }
  }

  /** Null when Maven succeeded, else its output. */
  private static String runMaven(Path dir, boolean offline, String... goals) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("mvn", "-B", "-q"));
    if (offline) {
      cmd.add("-o");
    }
    cmd.addAll(List.of(goals));
    Path log = Files.createTempFile("proof-mvn", ".log");
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!p.waitFor(8, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return "did not finish in 8 minutes";
      }
      return p.exitValue() == 0 ? null : Files.readString(log);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** A program written against the regenerated client: it compiles only if the new surface exists. */
  private Path compileProgram(List<Path> classes) throws IOException {
    Path src = scratch.resolve("proof/src/dev/webexwholesale/cli/UsageProof.java");
    Path out = scratch.resolve("proof/classes");
    Files.createDirectories(src.getParent());
    Files.createDirectories(out);
    Files.writeString(src, String.join("\n",
        "package dev.webexwholesale.cli;",
        "",
        "import com.google.gson.JsonObject;",
        "import dev.webexwholesale.client.RequestOptions;",
        "import dev.webexwholesale.client.Time;",
        "import dev.webexwholesale.client.WholesaleClient;",
        "import dev.webexwholesale.client.errors.WebexApiException;",
        "import dev.webexwholesale.client.retry.RetryPolicy;",
        "import java.io.ByteArrayInputStream;",
        "import java.io.PrintWriter;",
        "import java.io.StringWriter;",
        "import java.util.Map;",
        "",
        "public final class UsageProof {",
        "  public static String run(String baseUrl) throws Exception {",
        "    JsonObject r = new JsonObject();",
        "    try (WholesaleClient client = WholesaleClient.builder().baseUrl(baseUrl).accessToken(\"t\")",
        "        .retryPolicy(RetryPolicy.builder().maxAttempts(1).build()).build()) {",
        "      var usage = client.customers().getWholesaleCustomerUsage(\"cust-1\");",
        "      r.addProperty(\"sync\", usage.getMinutes());",
        "      r.addProperty(\"async\", client.customers().getWholesaleCustomerUsageAsync(\"cust-1\").get().getMinutes());",
        "      r.addProperty(\"withOptions\", client.customers().getWholesaleCustomerUsage(\"cust-1\",",
        "          RequestOptions.builder().trackingId(\"opt-1\").build()).getMinutes());",
        "      r.addProperty(\"onBehalfOf\", client.onBehalfOf(\"org-9\").customers()",
        "          .getWholesaleCustomerUsage(\"cust-1\").getMinutes());",
        "      try {",
        "        client.customers().getWholesaleCustomerUsage(\"missing\");",
        "        r.addProperty(\"notFound\", \"nothing thrown\");",
        "      } catch (WebexApiException e) {",
        "        r.addProperty(\"notFound\", e.getClass().getSimpleName());",
        "        r.addProperty(\"notFoundTrackingId\", e.trackingId());",
        "      }",
        "    }",
        "    StringWriter out = new StringWriter();",
        "    StringWriter err = new StringWriter();",
        "    CliContext ctx = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),",
        "        new ByteArrayInputStream(new byte[0]), Map.of(), Time.system(), false, 80,",
        "        (builder, setup) -> { throw new IllegalStateException(\"no sandbox\"); }, () -> { });",
        "    int code = WholesaleCli.run(ctx, \"--base-url\", baseUrl, \"--token\", \"t\", \"customers\",",
        "        \"get-wholesale-customer-usage\", \"cust-1\");",
        "    r.addProperty(\"cliExit\", code);",
        "    r.addProperty(\"cliOut\", out.toString());",
        "    r.addProperty(\"cliErr\", err.toString());",
        "    StringWriter help = new StringWriter();",
        "    CliContext helpCtx = new CliContext(new PrintWriter(help, true), new PrintWriter(new StringWriter(), true),",
        "        new ByteArrayInputStream(new byte[0]), Map.of(), Time.system(), false, 80,",
        "        (builder, setup) -> { throw new IllegalStateException(\"no sandbox\"); }, () -> { });",
        "    r.addProperty(\"helpExit\", WholesaleCli.run(helpCtx, \"--help\"));",
        "    r.addProperty(\"rootHelp\", help.toString());",
        "    StringWriter groupOut = new StringWriter();",
        "    CliContext groupCtx = new CliContext(new PrintWriter(groupOut, true), new PrintWriter(new StringWriter(), true),",
        "        new ByteArrayInputStream(new byte[0]), Map.of(), Time.system(), false, 80,",
        "        (builder, setup) -> { throw new IllegalStateException(\"no sandbox\"); }, () -> { });",
        "    r.addProperty(\"groupExit\", WholesaleCli.run(groupCtx, \"--base-url\", baseUrl, \"--token\", \"t\",",
        "        \"partner-usage\", \"get-partner-usage\"));",
        "    r.addProperty(\"groupOut\", groupOut.toString());",
        "    return r.toString();",
        "  }",
        "}",
        ""));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringBuilder cp = new StringBuilder();
    for (Path c : classes) {
      cp.append(c).append(File.pathSeparator);
    }
    cp.append(System.getProperty("java.class.path"));
    java.io.StringWriter diagnostics = new java.io.StringWriter();
    try (Writer w = diagnostics) {
      boolean ok = javac.getTask(w, null, null, List.of("-d", out.toString(), "-cp", cp.toString()), null,
          javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(src.toFile())).call();
      assertTrue(ok, "the program does not compile against the regenerated client:\n" + diagnostics);
    }
    return out;
  }

  /** The scratch copy's classes win over the ones this test runs with; libraries come from the parent. */
  private static final class ScratchFirst extends URLClassLoader {
    ScratchFirst(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("dev.webexwholesale.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          try {
            c = findClass(name);
          } catch (ClassNotFoundException e) {
            c = super.loadClass(name, false);
          }
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
