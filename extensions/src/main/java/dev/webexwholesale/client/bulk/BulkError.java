package dev.webexwholesale.client.bulk;

/**
 * One Webex error of a row: an {@code errors[]} entry of an error answer or of the resource.
 *
 * @param errorCode null when Webex sent none
 * @param description Webex's text for the error; null when it sent none
 */
public record BulkError(Long errorCode, String description) {
}
