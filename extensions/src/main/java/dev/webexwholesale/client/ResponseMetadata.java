package dev.webexwholesale.client;

import java.time.Duration;

/**
 * One finished call, for {@link ResponseListener}.
 *
 * @param method the HTTP method, such as {@code GET}
 * @param path the URL path, without query (query values may hold e-mail addresses)
 * @param status the HTTP status of the final answer
 * @param trackingId the {@code trackingid} response header, null when absent
 * @param attempts how many times the request was sent (1 when not retried)
 * @param duration from first attempt to final answer, retry waits included
 */
public record ResponseMetadata(
    String method, String path, int status, String trackingId, int attempts, Duration duration) {
}
