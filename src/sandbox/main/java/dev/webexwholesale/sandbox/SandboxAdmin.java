package dev.webexwholesale.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin HTTP API under {@value #PREFIX}: lets tests in any language steer a running
 * sandbox (outcomes, faults, seeding, holds, reset) and read its counters. It needs no token,
 * is never rate-limited or faulted and is not counted. See docs/sandbox.md for every route.
 */
final class SandboxAdmin {
  static final String PREFIX = "/__sandbox/";

  private final WholesaleSandbox sandbox;

  SandboxAdmin(WholesaleSandbox sandbox) {
    this.sandbox = sandbox;
  }

  SandboxResponse handle(SandboxRequest request) {
    String route = request.method + " " + request.rawPath.substring(PREFIX.length() - 1);
    String[] parts = request.rawPath.substring(PREFIX.length()).split("/", -1);
    try {
      switch (route) {
        case "GET /counters":
          return SandboxResponse.json(200, counters());
        case "POST /reset":
          sandbox.reset();
          return SandboxResponse.empty(204);
        case "POST /outcomes/customers": {
          JsonObject body = body(request);
          CustomerOutcome outcome = SandboxSettings.customerOutcome(string(body, "outcome", true));
          String externalId = string(body, "externalId", false);
          if (externalId == null) {
            sandbox.nextCustomerOutcome(outcome);
          } else {
            sandbox.customerOutcome(externalId, outcome);
          }
          return SandboxResponse.empty(204);
        }
        case "POST /outcomes/subscribers": {
          JsonObject body = body(request);
          SubscriberOutcome outcome = SandboxSettings.subscriberOutcome(string(body, "outcome", true));
          String email = string(body, "email", false);
          if (email == null) {
            sandbox.nextSubscriberOutcome(outcome);
          } else {
            sandbox.subscriberOutcome(email, outcome);
          }
          return SandboxResponse.empty(204);
        }
        case "POST /outcomes/billing-reports": {
          JsonObject body = body(request);
          BillingReportFailure failure = new BillingReportFailure(body.has("code") ? body.get("code").getAsLong() : 0,
              string(body, "description", true));
          if (!body.has("code")) {
            throw new IllegalArgumentException("missing field code");
          }
          sandbox.failNextBillingReports(body.has("times") ? body.get("times").getAsInt() : 1, failure);
          return SandboxResponse.empty(204);
        }
        case "POST /billing-reports/expire-next-urls": {
          JsonObject body = body(request);
          sandbox.expireNextDownloadUrls(body.has("count") ? body.get("count").getAsInt() : 1);
          return SandboxResponse.empty(204);
        }
        case "POST /faults": {
          Map<String, String> fields = new LinkedHashMap<>();
          for (Map.Entry<String, JsonElement> e : body(request).entrySet()) {
            fields.put(e.getKey(), e.getValue().isJsonNull() ? null : e.getValue().getAsString());
          }
          SandboxSettings.faultRule(fields).applyTo(sandbox);
          return SandboxResponse.empty(204);
        }
        case "DELETE /faults":
          sandbox.clearFaults();
          return SandboxResponse.empty(204);
        case "POST /sub-partners":
          sandbox.addSubPartner(string(body(request), "orgId", true));
          return SandboxResponse.empty(204);
        case "POST /customers": {
          JsonObject body = body(request);
          String id = sandbox.createProvisionedCustomer(string(body, "externalId", true),
              string(body, "subPartner", false));
          int count = body.has("subscribers") ? body.get("subscribers").getAsInt() : 0;
          List<String> subscribers = sandbox.seedSubscribers(id, count);
          JsonObject answer = new JsonObject();
          answer.addProperty("id", id);
          answer.addProperty("subscribers", subscribers.size());
          return SandboxResponse.json(201, answer);
        }
        default:
          break;
      }
      if (request.method.equals("GET") && parts.length == 3 && parts[0].equals("billing-reports")
          && parts[2].equals("csv")) {
        JsonObject answer = new JsonObject();
        answer.addProperty("csv", new String(sandbox.billingReportCsv(SandboxRequest.decodePathSegment(parts[1])),
            java.nio.charset.StandardCharsets.UTF_8));
        return SandboxResponse.json(200, answer);
      }
      if (request.method.equals("POST") && parts.length == 3 && parts[0].equals("customers")
          && parts[2].equals("complete-rpl-review")) {
        sandbox.completeRplReview(SandboxRequest.decodePathSegment(parts[1]));
        return SandboxResponse.empty(204);
      }
      if (request.method.equals("POST") && parts.length == 3 && parts[0].equals("subscribers")
          && parts[2].equals("resolve-hold")) {
        sandbox.resolveSubscriberHold(SandboxRequest.decodePathSegment(parts[1]));
        return SandboxResponse.empty(204);
      }
      return WebexErrors.response(404, "No sandbox admin route " + route + "; see docs/sandbox.md.",
          WebexErrors.NOT_FOUND,
          request.trackingId);
    } catch (IllegalArgumentException | IllegalStateException | JsonParseException | UnsupportedOperationException
        | ClassCastException e) {
      // Gson's own messages name Java exceptions: say what is wrong instead.
      String message = e instanceof JsonParseException ? "The request body is not valid JSON."
          : e instanceof UnsupportedOperationException || e instanceof ClassCastException
              ? "A field of the request body has the wrong type." : e.getMessage();
      return WebexErrors.response(e instanceof IllegalStateException ? 409 : 400, message,
          WebexErrors.INVALID_REQUEST, request.trackingId);
    }
  }

  private Map<String, Object> counters() {
    SandboxStats stats = sandbox.stats();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("totalRequests", stats.totalRequests());
    Map<String, Long> byOperation = new LinkedHashMap<>();
    stats.requestsByOperation().forEach((op, n) -> byOperation.put(op.operationId(), n));
    answer.put("requestsByOperation", byOperation);
    answer.put("rateLimited", stats.rateLimited());
    answer.put("faultsInjected", stats.faultsInjected());
    answer.put("subscriberProvisionsAccepted", stats.subscriberProvisionsAccepted());
    answer.put("duplicateAttempts", stats.duplicateAttempts());
    answer.put("customers", sandbox.customerCount());
    answer.put("subscribers", sandbox.subscriberCount());
    BillingDownloadStats downloads = sandbox.downloadStats();
    Map<String, Long> billing = new LinkedHashMap<>();
    billing.put("requests", downloads.requests());
    billing.put("served", downloads.served());
    billing.put("expired", downloads.expired());
    billing.put("refused", downloads.refused());
    billing.put("notFound", downloads.notFound());
    billing.put("withAuthorization", downloads.withAuthorization());
    billing.put("withWebexHeaders", downloads.withWebexHeaders());
    answer.put("billingDownloads", billing);
    return answer;
  }

  private static JsonObject body(SandboxRequest request) {
    if (request.body.isBlank()) {
      return new JsonObject();
    }
    JsonElement tree = JsonParser.parseString(request.body);
    if (!tree.isJsonObject()) {
      throw new IllegalArgumentException("the body must be one JSON object");
    }
    return tree.getAsJsonObject();
  }

  private static String string(JsonObject body, String name, boolean required) {
    JsonElement value = body.get(name);
    if (value == null || value.isJsonNull()) {
      if (required) {
        throw new IllegalArgumentException("missing field " + name);
      }
      return null;
    }
    return value.getAsString();
  }
}
