package dev.webexwholesale.client.billing;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A finished download of a billing report's CSV.
 *
 * @param bytes how many bytes were written
 * @param renewed whether the report's download URL had expired and was renewed (by reading the
 *     report again) before the file could be fetched
 * @param target the file written, empty when the CSV went to an {@link java.io.OutputStream}
 */
public record BillingDownload(long bytes, boolean renewed, Optional<Path> target) {
  /**
   * Checks the components.
   *
   * @param bytes see {@link #bytes()}
   * @param renewed see {@link #renewed()}
   * @param target see {@link #target()}; never null
   */
  public BillingDownload {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must not be negative");
    }
    java.util.Objects.requireNonNull(target, "target");
  }
}
