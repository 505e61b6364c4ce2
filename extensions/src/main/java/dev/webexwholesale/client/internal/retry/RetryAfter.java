package dev.webexwholesale.client.internal.retry;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses a {@code Retry-After} header: delta-seconds or an HTTP-date in any of the three forms
 * RFC 9110 §5.6.7 requires recipients to accept (IMF-fixdate, RFC 850, asctime). Never throws
 * and never overflows: absurd values are clamped to {@link #MAX}.
 */
public final class RetryAfter {
  /** Longer than any wait a caller accepts; keeps every later computation in range. */
  public static final Duration MAX = Duration.ofDays(3650);

  // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"; two-digit years are read as 19xx/20xx as RFC 9110 says.
  private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
      .appendPattern("EEEE, dd-MMM-")
      .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
      .appendPattern(" HH:mm:ss 'GMT'")
      .toFormatter(Locale.US);
  // asctime: "Sun Nov  6 08:49:37 1994" (day padded with a space).
  private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder()
      .appendPattern("EEE MMM")
      .appendLiteral(' ')
      .padNext(2)
      .appendValue(ChronoField.DAY_OF_MONTH)
      .appendPattern(" HH:mm:ss yyyy")
      .toFormatter(Locale.US);

  private RetryAfter() {
  }

  /** The wait the server asked for, relative to {@code now}; empty when absent or unreadable. */
  public static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // More digits than a long holds is still "a very long time", never an error.
      if (v.length() > 12) {
        return Optional.of(MAX);
      }
      return Optional.of(clamp(Duration.ofSeconds(Long.parseLong(v))));
    }
    Instant at = date(v);
    if (at == null) {
      return Optional.empty();
    }
    if (!at.isAfter(now)) {
      return Optional.of(Duration.ZERO);
    }
    // Far-future dates: compare in seconds before building a Duration.
    long seconds = at.getEpochSecond() - now.getEpochSecond();
    return Optional.of(seconds > MAX.getSeconds() ? MAX : Duration.between(now, at));
  }

  private static Duration clamp(Duration d) {
    return d.compareTo(MAX) > 0 ? MAX : d;
  }

  private static Instant date(String v) {
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeException notImf) {
      // next form
    }
    try {
      return LocalDateTime.parse(v, RFC_850).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException notRfc850) {
      // next form
    }
    try {
      return LocalDateTime.parse(v, ASCTIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException notAsctime) {
      return null;
    }
  }
}
