package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.bulk.BulkError;
import dev.webexwholesale.client.errors.WebexApiException;
import dev.webexwholesale.model.ErrorDetail;
import java.util.ArrayList;
import java.util.List;

/** Webex error details as bulk errors. */
final class Errors {
  private Errors() {
  }

  static BulkError of(ErrorDetail e) {
    return new BulkError(e == null ? null : e.getErrorCode(), e == null ? null : e.getDescription());
  }

  static List<BulkError> of(WebexApiException e) {
    List<BulkError> out = new ArrayList<>();
    e.errors().forEach(d -> out.add(of(d)));
    if (out.isEmpty()) {
      out.add(new BulkError(null, e.webexMessage() != null ? e.webexMessage() : "HTTP " + e.statusCode()));
    }
    return out;
  }
}
