/**
 * Billing reports: the download of a report's CSV from the signed, expiring URL on Webex's
 * content host (never with the API's token) and its result and typed failure. The operations and
 * the wait until a report is generated are generated on the client's
 * {@code billingReports()}; docs/billing.md explains the flow.
 */
package dev.webexwholesale.client.billing;
