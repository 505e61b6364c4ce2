package dev.webexwholesale.sandbox;

import java.time.Instant;

/** A billing report's state; guarded by the store's lock. */
final class BillingReportRecord extends Lifecycle.Tracked {
  static final String IN_PROGRESS = "IN_PROGRESS";
  static final String COMPLETED = "COMPLETED";
  static final String FAILED = "FAILED";

  final String id;
  /** The {@code subPartnerOrgId} of the create body, or null for the partner itself. */
  final String subPartnerOrgId;
  final String billingStartDate;
  final String billingEndDate;
  final String type;
  final String category = "RECONCILIATION";
  final boolean internal;
  final Instant created;
  final String createdBy;
  /** Null unless the report ends FAILED. */
  final BillingReportFailure failure;
  /** The file's name on the download host: unrelated to the report id, as on a CDN. */
  final String fileId;
  /** Built once, when the report is first seen COMPLETED; null before. */
  byte[] csv;

  BillingReportRecord(String id, String subPartnerOrgId, String billingStartDate, String billingEndDate, String type,
      boolean internal, Instant created, String createdBy, BillingReportFailure failure, String fileId) {
    this.id = id;
    this.subPartnerOrgId = subPartnerOrgId;
    this.billingStartDate = billingStartDate;
    this.billingEndDate = billingEndDate;
    this.type = type;
    this.internal = internal;
    this.created = created;
    this.createdBy = createdBy;
    this.failure = failure;
    this.fileId = fileId;
  }
}
