/**
 * Bulk provisioning of customers and subscribers, exactly once, resumable after a crash.
 *
 * <p>A {@link dev.webexwholesale.client.bulk.BulkProvisioner} streams
 * {@link dev.webexwholesale.client.bulk.BulkRow}s through a bounded number of workers. Each
 * row's intent is written to a {@link dev.webexwholesale.client.bulk.BulkJournal} (durably)
 * before its POST and its {@link dev.webexwholesale.client.bulk.BulkResult} after; an ambiguous
 * failure is reconciled by looking the row up, never by a blind resend. See docs/bulk.md.
 */
package dev.webexwholesale.client.bulk;
