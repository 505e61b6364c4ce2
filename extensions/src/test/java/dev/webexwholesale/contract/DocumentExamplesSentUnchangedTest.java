package dev.webexwholesale.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.internal.json.WholesaleJson;
import dev.webexwholesale.model.CustomerPrecheckRequest;
import dev.webexwholesale.model.CustomerProvisionRequest;
import dev.webexwholesale.model.CustomerUpdateRequest;
import dev.webexwholesale.model.SubscriberPrecheckRequest;
import dev.webexwholesale.model.SubscriberProvisionRequest;
import dev.webexwholesale.model.SubscriberUpdateRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example request of the seed documents and of Webex's official spec passes the client's
 * validation and reaches the server byte-for-byte equal as JSON: the client refuses only what the
 * documents mark required, never what they show as valid.
 */
class DocumentExamplesSentUnchangedTest extends ContractTestBase {

  static Stream<Arguments> examples() {
    return Stream.of(
        example("seed 003: precheck subscriber", "/seeds/subscriber-precheck-request.json", "200",
            "/v1/wholesale/subscribers/validate", precheckSubscriber()),
        example("official: provision customer", "/official-examples/provisionCustomer-request.json", "202",
            "/v1/wholesale/customers", (c, json) -> c.customers().provision(decode(json, CustomerProvisionRequest.class))),
        example("official: update customer", "/official-examples/updateCustomer-request.json", "202",
            "/v1/wholesale/customers/Y3VzdC0x", (c, json) -> c.customers().update("Y3VzdC0x",
                decode(json, CustomerUpdateRequest.class))),
        example("official: precheck customer", "/official-examples/precheckCustomer-request.json", "200",
            "/v1/wholesale/customers/validate", (c, json) -> c.customers().precheck(decode(json, CustomerPrecheckRequest.class))),
        example("official: provision subscriber", "/official-examples/provisionSubscriber-request.json", "200",
            "/v1/wholesale/subscribers", (c, json) -> c.subscribers().provision(decode(json, SubscriberProvisionRequest.class))),
        example("official: update subscriber", "/official-examples/updateSubscriber-request.json", "200",
            "/v1/wholesale/subscribers/c3ViMQ", (c, json) -> c.subscribers().update("c3ViMQ",
                decode(json, SubscriberUpdateRequest.class))),
        example("official: precheck subscriber", "/official-examples/precheckSubscriber-request.json", "200",
            "/v1/wholesale/subscribers/validate", precheckSubscriber()),
        // The project spec's own request examples, which carry the documents' facts.
        example("spec: provision customer", null, "202", "/v1/wholesale/customers",
            (c, json) -> c.customers().provision(decode(json, CustomerProvisionRequest.class)), "provisionCustomer"),
        example("spec: precheck customer", null, "200", "/v1/wholesale/customers/validate",
            (c, json) -> c.customers().precheck(decode(json, CustomerPrecheckRequest.class)), "precheckCustomer"),
        example("spec: update customer", null, "202", "/v1/wholesale/customers/Y3VzdC0x",
            (c, json) -> c.customers().update("Y3VzdC0x", decode(json, CustomerUpdateRequest.class)), "updateCustomer"),
        example("spec: provision subscriber", null, "200", "/v1/wholesale/subscribers",
            (c, json) -> c.subscribers().provision(decode(json, SubscriberProvisionRequest.class)), "provisionSubscriber"),
        example("spec: update subscriber", null, "200", "/v1/wholesale/subscribers/c3ViMQ",
            (c, json) -> c.subscribers().update("c3ViMQ", decode(json, SubscriberUpdateRequest.class)), "updateSubscriber"),
        example("spec: precheck subscriber", null, "200", "/v1/wholesale/subscribers/validate",
            precheckSubscriber(), "precheckSubscriber"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void reachesTheServerUnchanged(String name, String resource, String status, String path,
      BiConsumer<WholesaleClient, String> send, String specOperation) {
    String json = resource != null ? read(resource) : OpenApiExamples.requestExample(specOperation);
    String answer = answerFor(path, status);
    answer(Integer.parseInt(status), answer, "Location", "https://webexapis.com/v1/wholesale/customers/Y3VzdC0x");

    send.accept(client, json);

    assertEquals(path, onlyRequest().getUrl(), name);
    assertEquals(JsonParser.parseString(json), JsonParser.parseString(onlyRequest().getBodyAsString()), name);
    assertExchangeConformsToSpec();
  }

  private static String answerFor(String path, String status) {
    if (path.startsWith("/v1/wholesale/customers/validate") || path.startsWith("/v1/wholesale/subscribers/validate")) {
      return OpenApiExamples.responseExample("precheckSubscriber", 200);
    }
    if (path.startsWith("/v1/wholesale/customers")) {
      return OpenApiExamples.responseExample("provisionCustomer", 202);
    }
    return OpenApiExamples.responseExample("getSubscriber", 200);
  }

  private static BiConsumer<WholesaleClient, String> precheckSubscriber() {
    return (c, json) -> c.subscribers().precheck(decode(json, SubscriberPrecheckRequest.class));
  }

  private static Arguments example(String name, String resource, String status, String path,
      BiConsumer<WholesaleClient, String> send) {
    return Arguments.of(name, resource, status, path, send, null);
  }

  private static Arguments example(String name, String resource, String status, String path,
      BiConsumer<WholesaleClient, String> send, String specOperation) {
    return Arguments.of(name, resource, status, path, send, specOperation);
  }

  private static <T> T decode(String json, Class<T> type) {
    JsonElement tree = JsonParser.parseString(json);
    return WholesaleJson.gson().fromJson(tree, type);
  }

  private static String read(String resource) {
    try (InputStream in = DocumentExamplesSentUnchangedTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
