package dev.webexwholesale.sandbox;

/**
 * What the billing download host (the second listener) saw since the start or the last reset.
 *
 * @param requests every request it received
 * @param served downloads answered 200 with the report's CSV
 * @param expired requests refused 403 because the URL's {@code Expires} had passed
 * @param refused requests refused 403 because the signature, key or URL was wrong (tampered)
 * @param notFound requests for a report deleted since its URL was issued (404)
 * @param withAuthorization requests that carried an {@code Authorization} header: must stay 0,
 *     the bearer token never goes to the download host
 * @param withWebexHeaders requests that carried a {@code TrackingID} header, or any other header the
 *     API client adds for Webex: should stay 0
 */
public record BillingDownloadStats(long requests, long served, long expired, long refused, long notFound,
    long withAuthorization, long withWebexHeaders) {
}
