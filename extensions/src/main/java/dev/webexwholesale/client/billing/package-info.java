/**
 * Billing reports: the download of a report's CSV from the signed, expiring URL on Webex's
 * content host (never with the API's token), the wait until a report is generated, and their
 * results and typed failures. The operations themselves are on the client's
 * {@code billingReports()}; docs/billing.md explains the flow.
 */
package dev.webexwholesale.client.billing;
