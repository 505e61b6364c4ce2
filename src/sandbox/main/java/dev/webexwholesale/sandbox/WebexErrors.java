package dev.webexwholesale.sandbox;

import dev.webexwholesale.model.ErrorDetail;
import dev.webexwholesale.model.WebexError;
import java.util.ArrayList;
import java.util.List;

/**
 * Error codes and bodies of the sandbox. Webex documents few codes publicly; 4003 and 4008
 * come from the API documents, the others are sandbox-chosen and stable (see
 * docs/sandbox.md) so that tests can assert them.
 */
public final class WebexErrors {
  /** A field of the request is missing or has an invalid value. */
  public static final long INVALID_REQUEST = 4003;
  /** Neither or both of {@code package} and {@code packages} were given to a subscriber provision or update. */
  public static final long PACKAGE_CHOICE = 4004;
  /** The customer does not exist (or is not visible to the caller). */
  public static final long CUSTOMER_NOT_FOUND = 4008;
  /** The subscriber does not exist (or is not visible to the caller). */
  public static final long SUBSCRIBER_NOT_FOUND = 4009;
  /** A subscriber was requested for a customer that is not provisioned. */
  public static final long CUSTOMER_NOT_READY = 4010;
  /** The resource is provisioning, updating or deleting: try again later (423). */
  public static final long RESOURCE_BUSY = 4011;
  /** {@code onBehalfOfSubPartnerOrgId} names no sub-partner of this partner (403). */
  public static final long UNKNOWN_SUB_PARTNER = 4030;
  /** Another customer already has this {@code externalId} (409). */
  public static final long DUPLICATE_EXTERNAL_ID = 4091;
  /** Send Consent User Move Email for a subscriber that is not {@code pending_user_migration} (409). */
  public static final long NOT_PENDING_USER_MIGRATION = 4094;
  /** A subscriber with this email already exists (409). */
  public static final long DUPLICATE_EMAIL = 4092;
  /** The {@code orgId} is already mapped to another customer (409). */
  public static final long ORG_ALREADY_MAPPED = 4093;
  /**
   * The HTTP request itself could not be processed, whatever its status: an undecodable or too
   * long URI, oversized headers, an unknown HTTP version, a bad {@code Content-Length}, a body
   * too slow to arrive (400, 408, 414, 417, 431, 505).
   */
  public static final long MALFORMED_HTTP_REQUEST = 4000;
  /** No bearer token, or one the sandbox does not accept (401). */
  public static final long INVALID_ACCESS_TOKEN = 4001;
  /** The token endpoint refused the request; its OAuth {@code error} says why (400, 401, 405). */
  public static final long OAUTH_REQUEST_REFUSED = 4002;
  /** No such API path or admin route (404). */
  public static final long NOT_FOUND = 4040;
  /** Over the configured rate limit (429, with {@code Retry-After}). */
  public static final long RATE_LIMITED = 4290;
  /** An answer injected by a fault rule ({@code --fault}, {@code failNext...}), whatever its status. */
  public static final long INJECTED_FAILURE = 5000;
  /** The sandbox failed: its server while reading the request (a body that ended early), or a bug (500). */
  public static final long INTERNAL_ERROR = 5001;

  /**
   * The billing report does not exist (404); the code and text of the official spec's
   * {@code ReportError} example.
   */
  public static final long BILLING_REPORT_NOT_FOUND = 2024;

  private WebexErrors() {}

  /**
   * An error body: every one has a message, an {@code errorCode} with its description, and the
   * tracking ID (Webex may omit {@code errorCode}; the sandbox always names one, see above).
   */
  static WebexError body(String message, long code, String trackingId) {
    List<ErrorDetail> errors = new ArrayList<>(1);
    errors.add(new ErrorDetail().errorCode(code).description(message));
    return new WebexError().message(message).errors(errors).trackingId(trackingId);
  }

  static SandboxResponse response(int status, String message, long code, String trackingId) {
    return SandboxResponse.json(status, body(message, code, trackingId));
  }

  /** Thrown by operations to answer an error; carries no stack trace, it is control flow. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final long code;
    Integer retryAfterSeconds;

    Failure(int status, long code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }

    Failure retryAfter(int seconds) {
      this.retryAfterSeconds = seconds;
      return this;
    }

    SandboxResponse toResponse(String trackingId) {
      SandboxResponse response = response(status, getMessage(), code, trackingId);
      if (retryAfterSeconds != null) {
        response.header("Retry-After", Integer.toString(retryAfterSeconds));
      }
      return response;
    }
  }

  static Failure badRequest(String message) {
    return new Failure(400, INVALID_REQUEST, message);
  }

  static Failure failure(int status, long code, String message) {
    return new Failure(status, code, message);
  }
}
