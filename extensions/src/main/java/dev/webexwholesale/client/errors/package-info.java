/**
 * The exceptions of the client, all unchecked, all under
 * {@link dev.webexwholesale.client.errors.WholesaleException}.
 *
 * <p>{@link dev.webexwholesale.client.errors.WebexApiException} and its per-status subclasses:
 * Webex answered with an error status; they carry the status, Webex's error codes and the
 * tracking ID to hand to support. {@link dev.webexwholesale.client.errors.TransportException}:
 * no answer arrived; {@code mayHaveReachedServer()} says whether the request may have been
 * processed, and {@link dev.webexwholesale.client.errors.CallInterruptedException} says the
 * same for an interrupted call. The others name one hazard each (an accepted request without
 * an id, a refused redirect or next link, an oversized or undecodable answer, a refused
 * token grant). Messages are one line and never hold a token or a secret.
 */
package dev.webexwholesale.client.errors;
