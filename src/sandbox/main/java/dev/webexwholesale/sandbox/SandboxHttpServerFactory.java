package dev.webexwholesale.sandbox;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty server, hardened for a sandbox that hostile or broken clients may hit: a
 * request body must arrive at a minimum rate (so stalled or drip-fed uploads cannot hold every
 * worker thread), and errors Jetty raises itself (bad URIs, oversized headers) answer a
 * Webex-shaped JSON body instead of Jetty's HTML page.
 */
final class SandboxHttpServerFactory implements HttpServerFactory {
  private final long minRequestBytesPerSecond;

  /** @param minRequestBytesPerSecond a slower request body is refused with 408 */
  SandboxHttpServerFactory(long minRequestBytesPerSecond) {
    this.minRequestBytesPerSecond = minRequestBytesPerSecond;
  }

  @Override
  public String getName() {
    return "webex-wholesale-sandbox-jetty";
  }

  @Override
  public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    return new Jetty11HttpServer(options, admin, stubs) {
      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options o) {
        super.applyAdditionalServerConfiguration(server, o);
        server.setErrorHandler(new WebexErrorHandler());
        for (Connector connector : server.getConnectors()) {
          HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
          if (http != null) {
            http.getHttpConfiguration().setMinRequestDataRate(minRequestBytesPerSecond);
          }
        }
      }

      /**
       * WireMock's own admin API (/__admin) would let any local process replace the stubs
       * and answers in WireMock's shape: bind it to a connector that does not exist, so those
       * paths reach the sandbox like any other (a Webex-shaped 404). The sandbox configures
       * WireMock in-process, and steering goes through /__sandbox/.
       */
      @Override
      protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateAdminServiceContextAfterConfig(context);
        context.setVirtualHosts(new String[] {"@no-such-connector"});
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateMockServiceContextAfterConfig(context);
        context.setErrorHandler(new WebexErrorHandler());
      }
    };
  }

  /** Jetty's own errors in the Webex error shape. */
  static final class WebexErrorHandler extends ErrorHandler {
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      baseRequest.setHandled(true);
      Object reason = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
      String trackingId = trackingId();
      byte[] body = body(response.getStatus(), reason == null ? null : reason.toString(), trackingId);
      response.setHeader("trackingid", trackingId);
      response.setContentType("application/json;charset=UTF-8");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      String trackingId = trackingId();
      fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
      fields.put("trackingid", trackingId);
      return ByteBuffer.wrap(body(status, reason, trackingId));
    }

    private static String trackingId() {
      return "SANDBOX_" + UUID.randomUUID();
    }

    static byte[] body(int status, String reason, String trackingId) {
      String message = "The request could not be processed (HTTP " + status + ")"
          + (plain(reason) ? ": " + reason + "." : ".");
      long code = status >= 500 && status != 505 ? WebexErrors.INTERNAL_ERROR : WebexErrors.MALFORMED_HTTP_REQUEST;
      return SandboxJson.gson().toJson(WebexErrors.body(message, code, trackingId))
          .getBytes(StandardCharsets.UTF_8);
    }

    /** Jetty's short reasons ("No Host", "Unknown Version") help; an exception's text is noise. */
    private static boolean plain(String reason) {
      return reason != null && !reason.isBlank() && reason.length() <= 80 && !reason.contains("Exception")
          && !reason.contains("java.") && reason.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
  }
}
