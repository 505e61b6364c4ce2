package dev.webexwholesale.sandbox;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.UUID;

/** The bridge to WireMock: every stubbed request's answer is computed by the handler. */
final class SandboxTransformer implements ResponseDefinitionTransformerV2 {
  static final String NAME = "webex-wholesale-sandbox";

  private final SandboxHandler handler;

  SandboxTransformer(SandboxHandler handler) {
    this.handler = handler;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    String trackingId = header(request, "TrackingID");
    if (trackingId == null || trackingId.isBlank()) {
      trackingId = "SANDBOX_" + UUID.randomUUID();
    }
    SandboxResponse response;
    try {
      response = handler.handle(new SandboxRequest(request.getMethod().getName(), request.getUrl(),
          name -> header(request, name), request.getBodyAsString(), trackingId));
    } catch (RuntimeException e) {
      // A sandbox bug still answers in Webex's shape, never WireMock's page or a stack trace.
      response = WebexErrors.response(500, "The sandbox failed (" + e.getClass().getSimpleName() + ").",
          WebexErrors.INTERNAL_ERROR, trackingId).header("trackingid", trackingId);
    }
    ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition();
    if (response.fault != null) {
      builder.withFault(wireMockFault(response.fault));
    } else {
      builder.withStatus(response.status);
      for (Map.Entry<String, String> header : response.headers.entrySet()) {
        builder.withHeader(header.getKey(), header.getValue());
      }
      if (response.body != null) {
        builder.withHeader("Content-Type", "application/json;charset=UTF-8").withBody(response.body);
      }
    }
    if (response.delayMillis > 0) {
      builder.withFixedDelay((int) Math.min(Integer.MAX_VALUE, response.delayMillis));
    }
    return builder.build();
  }

  private static String header(Request request, String name) {
    return request.containsHeader(name) ? request.getHeader(name) : null;
  }

  private static Fault wireMockFault(SandboxFault fault) {
    switch (fault.kind()) {
      case CONNECTION_RESET:
        return Fault.CONNECTION_RESET_BY_PEER;
      case EMPTY_REPLY:
        return Fault.EMPTY_RESPONSE;
      case MALFORMED_CHUNK:
        return Fault.MALFORMED_RESPONSE_CHUNK;
      default:
        throw new IllegalStateException("not a transport fault: " + fault);
    }
  }
}
