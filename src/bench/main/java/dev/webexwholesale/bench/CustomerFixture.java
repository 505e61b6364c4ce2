package dev.webexwholesale.bench;

/** The customer every part-1 call fetches: the spec's getCustomer example, byte for byte. */
public final class CustomerFixture {
  public static final String ID =
      "Y2lzY29zcGFyazovL3VzL0VOVEVSUFJJU0UvNTJjZjU3NmQtNjBhOC00MDdhLWIyMmMtNDY3YzUxNTkxOTA4";
  public static final String TOKEN = "bench-token";

  static final String JSON = "{ \"id\": \"" + ID + "\", "
      + "\"orgId\": \"Y2lzY29zcGFyazovL3VzL09yZ2FuaXphdGlvbi81MmNmNTc2ZC02MGE4LTQwN2EtYjIyYy00NjdjNTE1OTE5MDk\", "
      + "\"externalId\": \"c1677a16-557a-4fb4-b48f-24adde57ec99\", "
      + "\"address\" :{ \"addressLine1\": \"771 Alder Drive\", \"addressLine2\": \"Cisco Site 5\", "
      + "\"city\": \"Milpitas\", \"stateOrProvince\": \"CA\", \"zipOrPostalCode\": \"95035\", \"country\": \"US\" }, "
      + "\"status\": \"provisioned\", \"packages\": [ \"webex_calling\" ], "
      + "\"resourceDetails\": { \"packages\": [ { \"name\": \"webex_calling\", \"status\": \"provisioned\", "
      + "\"warnings\": [ { \"errorCode\": 2560, \"description\": \"One or more Webex Calling services are "
      + "unavailable due to maintenance, unable to start provisioning. Consult status.webex.com and retry "
      + "later.\" } ] } ] } }";

  private static final String PATH = "/v1/wholesale/customers/";
  private static final LoopbackHttpServer.Reply OK = LoopbackHttpServer.Reply.json(200, JSON);
  private static final LoopbackHttpServer.Reply NOT_FOUND = LoopbackHttpServer.Reply.json(404,
      "{\"message\":\"not found\",\"errors\":[{\"errorCode\":404,\"description\":\"not found\"}],"
          + "\"trackingId\":\"BENCH_0\"}");

  private CustomerFixture() {
  }

  /** GET /v1/wholesale/customers/{ID} answers the example; anything else is a 404. */
  public static LoopbackHttpServer.Handler handler() {
    return (method, target) -> "GET".equals(method) && target.startsWith(PATH)
        && target.regionMatches(PATH.length(), ID, 0, ID.length()) ? OK : NOT_FOUND;
  }
}
