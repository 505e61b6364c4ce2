package dev.webexwholesale.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.webexwholesale.spec.Specs;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The spec as a strict judge of what went over the wire. Stricter than the validator's
 * defaults: a query parameter or a body property the spec does not name is an error, so a
 * renamed field on either side shows up instead of being silently ignored.
 */
final class ContractValidator {
  /** The shared validator of the project's spec (parsing it takes a while; do it once). */
  static final ContractValidator SPEC = forSpecText(Specs.text());

  private final OpenApiInteractionValidator validator;

  private ContractValidator(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  /** A validator of any spec text, e.g. a deliberately changed copy of ours. */
  static ContractValidator forSpecText(String specText) {
    return new ContractValidator(OpenApiInteractionValidator.createForInlineApiSpecification(specText)
        .withLevelResolver(strictLevels())
        .withStrictOperationPathMatching()
        .build());
  }

  static LevelResolver strictLevels() {
    return LevelResolver.create()
        .withDefaultLevel(ValidationReport.Level.ERROR)
        // Off by default in the validator; on, every object schema without an explicit
        // additionalProperties is treated as closed (the Webex request schemas are).
        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
        .build();
  }

  ValidationReport validate(Request request, Response response) {
    return validator.validate(request, response);
  }

  /** Validates one request WireMock received and the answer it served. */
  ValidationReport validate(ServeEvent event) {
    return validate(requestOf(event.getRequest()), responseOf(event.getResponse()));
  }

  static SimpleRequest requestOf(LoggedRequest logged) {
    return requestBuilder(logged).build();
  }

  /** The logged request as a builder, so a test can alter one part of it. */
  static SimpleRequest.Builder requestBuilder(LoggedRequest logged) {
    String path = URI.create(logged.getUrl()).getRawPath();
    SimpleRequest.Builder b = new SimpleRequest.Builder(logged.getMethod().getName(), path);
    Map<String, QueryParameter> query = logged.getQueryParams();
    query.forEach((name, param) -> b.withQueryParam(name, param.values()));
    for (HttpHeader h : logged.getHeaders().all()) {
      b.withHeader(h.key(), h.values());
    }
    String body = logged.getBodyAsString();
    if (body != null && !body.isEmpty()) {
      b.withBody(body);
    }
    return b;
  }

  static SimpleResponse responseOf(LoggedResponse logged) {
    SimpleResponse.Builder b = new SimpleResponse.Builder(logged.getStatus());
    if (logged.getHeaders() != null) {
      for (HttpHeader h : logged.getHeaders().all()) {
        b.withHeader(h.key(), h.values());
      }
    }
    String body = logged.getBodyAsString();
    if (body != null && !body.isEmpty()) {
      b.withBody(body);
    }
    return b.build();
  }

  /** One message per line, for assertion failures. */
  static String describe(ValidationReport report) {
    return report.getMessages().stream()
        .map(m -> m.getLevel() + " " + m.getKey() + ": " + m.getMessage())
        .collect(Collectors.joining("\n"));
  }

  static List<String> errorKeys(ValidationReport report) {
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(ValidationReport.Message::getKey)
        .toList();
  }
}
