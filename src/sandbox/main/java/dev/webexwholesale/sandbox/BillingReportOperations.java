package dev.webexwholesale.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The four billing report operations (list, create, get, delete) and the reports' CSV. A report
 * is {@code IN_PROGRESS}, then {@code COMPLETED} with a signed {@code tempDownloadURL} on the
 * download host (a fresh one on every read), or {@code FAILED} with {@code errors[]}.
 */
final class BillingReportOperations {
  static final Set<String> TYPES = Set.of("PARTNER", "CUSTOMER", "USER");
  static final Set<String> STATUSES = Set.of(BillingReportRecord.IN_PROGRESS, BillingReportRecord.COMPLETED,
      BillingReportRecord.FAILED);
  static final Set<String> SORT_FIELDS = Set.of("id", "billingStartDate", "billingEndDate", "status");
  /** Webex's help article: a billing period starts at most five years back. */
  static final int MAX_YEARS_BACK = 5;
  /** The partner administrator the sandbox's token stands for. */
  static final String CREATED_BY = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9zYW5kYm94LWFkbWlu";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private final SandboxStore store;
  private final Supplier<String> baseUrl;
  private final BillingDownloadHost downloads;

  BillingReportOperations(SandboxStore store, Supplier<String> baseUrl, BillingDownloadHost downloads) {
    this.store = store;
    this.baseUrl = baseUrl;
    this.downloads = downloads;
  }

  SandboxResponse list(SandboxRequest request) {
    refuseScopeParameter(request);
    String start = request.param("billingStartDate");
    String end = request.param("billingEndDate");
    String type = oneOf(request.param("type"), TYPES, "type");
    String status = oneOf(request.param("status"), STATUSES, "status");
    String sortBy = oneOf(request.param("sortBy"), SORT_FIELDS, "sortBy");
    String subPartner = emptyToNull(request.param("subPartnerOrgId"));
    checkSubPartner(subPartner);
    // Webex: "up to 100 per page"; a larger max is served as 100 rather than refused.
    Paging paging = Paging.of(request, 0);
    int max = Math.min(paging.max, Paging.DEFAULT_MAX);
    List<BillingReportRecord> matches = new ArrayList<>();
    List<JsonObject> page = new ArrayList<>();
    boolean more;
    synchronized (store) {
      for (BillingReportRecord report : store.billingReports.values()) {
        report.settle(store.billingLifecycle);
        materialize(report);
        if ((start == null || start.equals(report.billingStartDate)) && (end == null || end.equals(report.billingEndDate))
            && (type == null || type.equals(report.type)) && (status == null || status.equals(report.status))
            && java.util.Objects.equals(subPartner, report.subPartnerOrgId)) {
          matches.add(report);
        }
      }
      matches.sort(order(sortBy == null ? "billingStartDate" : sortBy));
      for (int i = paging.offset; i < matches.size() && page.size() < max; i++) {
        page.add(listItem(matches.get(i)));
      }
      more = paging.offset + max < matches.size();
    }
    JsonObject body = new JsonObject();
    JsonArray items = new JsonArray();
    page.forEach(items::add);
    body.add("items", items);
    SandboxResponse response = new SandboxResponse(200, body.toString());
    if (more) {
      Paging.linkNext(response, baseUrl.get(), request, paging.offset + max);
    }
    return response;
  }

  SandboxResponse create(SandboxRequest request) {
    refuseScopeParameter(request);
    JsonObject body = body(request);
    List<String> missing = new ArrayList<>();
    String start = string(body, "billingStartDate");
    String end = string(body, "billingEndDate");
    if (start == null || start.isBlank()) {
      missing.add("billingStartDate");
    }
    if (end == null || end.isBlank()) {
      missing.add("billingEndDate");
    }
    Bodies.refuseMissing(missing);
    LocalDate startDay = day(start, "billingStartDate");
    LocalDate endDay = day(end, "billingEndDate");
    LocalDate today = LocalDate.ofInstant(store.billingLifecycle.now(), ZoneOffset.UTC);
    if (endDay.isBefore(startDay)) {
      throw WebexErrors.badRequest("billingEndDate must not be before billingStartDate.");
    }
    if (!endDay.isBefore(today)) {
      throw WebexErrors.badRequest("billingEndDate must be a past day (not today or later).");
    }
    if (startDay.isBefore(today.minusYears(MAX_YEARS_BACK))) {
      throw WebexErrors.badRequest("billingStartDate must be within the last " + MAX_YEARS_BACK + " years.");
    }
    String type = string(body, "type");
    if (type == null) {
      type = "PARTNER";
    } else if (!TYPES.contains(type)) {
      throw WebexErrors.badRequest("type must be one of PARTNER, CUSTOMER, USER.");
    }
    String subPartner = emptyToNull(string(body, "subPartnerOrgId"));
    checkSubPartner(subPartner);
    JsonElement internalValue = body.get("internal");
    if (internalValue != null && !internalValue.isJsonNull()
        && !(internalValue.isJsonPrimitive() && internalValue.getAsJsonPrimitive().isBoolean())) {
      throw WebexErrors.badRequest("internal must be a boolean.");
    }
    boolean internal = internalValue != null && !internalValue.isJsonNull() && internalValue.getAsBoolean();
    BillingReportRecord report;
    synchronized (store) {
      BillingReportFailure failure = store.billingFailures.isEmpty() ? store.billingFailureForAll
          : store.billingFailures.poll();
      report = new BillingReportRecord(Ids.of("BILLING_REPORT"), subPartner, start, end, type, internal,
          store.billingLifecycle.now(), CREATED_BY, failure, java.util.UUID.randomUUID().toString());
      report.begin(BillingReportRecord.IN_PROGRESS,
          failure == null ? BillingReportRecord.COMPLETED : BillingReportRecord.FAILED, store.billingLifecycle);
      store.billingReports.put(report.id, report);
      materialize(report);
    }
    JsonObject answer = new JsonObject();
    answer.addProperty("id", report.id);
    answer.addProperty("billingStartDate", report.billingStartDate);
    answer.addProperty("billingEndDate", report.billingEndDate);
    answer.addProperty("type", report.type);
    answer.addProperty("category", report.category);
    return new SandboxResponse(200, answer.toString());
  }

  SandboxResponse get(SandboxRequest request) {
    refuseScopeParameter(request);
    JsonObject answer;
    synchronized (store) {
      BillingReportRecord report = found(request.segments[3]);
      report.poll(store.billingLifecycle);
      materialize(report);
      answer = listItem(report);
      answer.addProperty("created", SandboxJson.format(report.created.atOffset(ZoneOffset.UTC)));
      answer.addProperty("createdBy", report.createdBy);
      if (report.csv != null) {
        answer.addProperty("tempDownloadURL", downloads.signedUrl(report.fileId));
      }
      if (report.failure != null && BillingReportRecord.FAILED.equals(report.status)) {
        JsonObject error = new JsonObject();
        error.addProperty("code", report.failure.code());
        error.addProperty("description", report.failure.description());
        JsonArray errors = new JsonArray();
        errors.add(error);
        answer.add("errors", errors);
      }
    }
    return new SandboxResponse(200, answer.toString());
  }

  SandboxResponse delete(SandboxRequest request) {
    refuseScopeParameter(request);
    synchronized (store) {
      store.billingReports.remove(found(request.segments[3]).id);
    }
    return SandboxResponse.empty(204);
  }

  /** The CSV of the report whose file this is, or null when it is gone or not complete. */
  byte[] file(String fileId) {
    synchronized (store) {
      for (BillingReportRecord report : store.billingReports.values()) {
        if (report.fileId.equals(fileId)) {
          return report.csv;
        }
      }
    }
    return null;
  }

  /** The CSV once the report is COMPLETED: the state's snapshot at that moment. Hold the lock. */
  private void materialize(BillingReportRecord report) {
    if (report.csv == null && BillingReportRecord.COMPLETED.equals(report.status)) {
      report.csv = csv(report);
    }
  }

  private static JsonObject listItem(BillingReportRecord report) {
    JsonObject item = new JsonObject();
    item.addProperty("id", report.id);
    item.addProperty("billingStartDate", report.billingStartDate);
    item.addProperty("billingEndDate", report.billingEndDate);
    item.addProperty("status", report.status);
    item.addProperty("type", report.type);
    item.addProperty("category", report.category);
    return item;
  }

  private BillingReportRecord found(String id) {
    BillingReportRecord report = store.billingReports.get(id);
    if (report == null) {
      throw WebexErrors.failure(404, WebexErrors.BILLING_REPORT_NOT_FOUND, "Billing Report not found.");
    }
    report.settle(store.billingLifecycle);
    return report;
  }

  /** Billing reports select a sub-partner with {@code subPartnerOrgId}; the provisioning parameter is not theirs. */
  private static void refuseScopeParameter(SandboxRequest request) {
    if (request.query.containsKey("onBehalfOfSubPartnerOrgId")) {
      throw WebexErrors.badRequest(
          "onBehalfOfSubPartnerOrgId is not a parameter of billing reports; use subPartnerOrgId.");
    }
  }

  private void checkSubPartner(String subPartner) {
    if (subPartner == null) {
      return;
    }
    synchronized (store) {
      if (!store.subPartners.containsKey(subPartner)) {
        throw WebexErrors.failure(403, WebexErrors.UNKNOWN_SUB_PARTNER,
            "subPartnerOrgId is not a sub-partner of this partner: " + subPartner);
      }
    }
  }

  private static Comparator<BillingReportRecord> order(String sortBy) {
    Comparator<BillingReportRecord> by;
    switch (sortBy) {
      case "id":
        by = Comparator.comparing(r -> r.id);
        break;
      case "billingEndDate":
        by = Comparator.comparing(r -> r.billingEndDate);
        break;
      case "status":
        by = Comparator.comparing(r -> r.status);
        break;
      default:
        by = Comparator.comparing(r -> r.billingStartDate);
    }
    return by; // List.sort is stable: ties keep creation order
  }

  private static String oneOf(String value, Set<String> allowed, String name) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (!allowed.contains(value)) {
      throw WebexErrors.badRequest(name + " must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
    }
    return value;
  }

  private static LocalDate day(String text, String name) {
    try {
      return LocalDate.parse(text, DAY);
    } catch (DateTimeParseException e) {
      throw WebexErrors.badRequest(name + " must be a day as YYYY-MM-DD.");
    }
  }

  private static JsonObject body(SandboxRequest request) {
    if (request.body.isBlank()) {
      throw WebexErrors.badRequest("The request body is required.");
    }
    try {
      JsonElement tree = JsonParser.parseString(request.body);
      if (!tree.isJsonObject()) {
        throw WebexErrors.badRequest("The request body must be a JSON object.");
      }
      return tree.getAsJsonObject();
    } catch (JsonParseException e) {
      throw WebexErrors.badRequest("The request body is not valid JSON for this operation.");
    }
  }

  private static String string(JsonObject body, String name) {
    JsonElement value = body.get(name);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonPrimitive() || !((JsonPrimitive) value).isString()) {
      throw WebexErrors.badRequest(name + " must be a string.");
    }
    return value.getAsString();
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  // ---- the CSV (columns are the sandbox's own: Webex does not document them) ----------------

  /** The header row of each report type. */
  static String header(String type) {
    switch (type) {
      case "USER":
        return "Billing Start Date,Billing End Date,Sub-partner Org ID,Customer ID,External ID,Subscriber ID,Email,"
            + "Package,Subscriber Status";
      case "CUSTOMER":
        return "Billing Start Date,Billing End Date,Sub-partner Org ID,Customer ID,Org ID,External ID,Package,"
            + "Customer Status,Subscribers";
      default:
        return "Billing Start Date,Billing End Date,Sub-partner Org ID,Package,Customers,Subscribers";
    }
  }

  /** Deterministic: owners in order (partner, then sub-partners as configured), customers and subscribers in creation order. Hold the lock. */
  private byte[] csv(BillingReportRecord report) {
    StringBuilder out = new StringBuilder(header(report.type)).append("\r\n");
    List<String> owners = new ArrayList<>();
    if (report.subPartnerOrgId != null) {
      owners.add(report.subPartnerOrgId);
    } else {
      owners.add(null);
      owners.addAll(store.subPartners.keySet());
    }
    for (String owner : owners) {
      String ownerColumn = owner == null ? "" : owner;
      Map<String, int[]> perPackage = new TreeMap<>();
      for (CustomerRecord customer : store.customersOf(owner)) {
        for (String pkg : customer.packages) {
          int subscribers = 0;
          for (SubscriberRecord s : customer.subscribers) {
            if (pkg.equals(s.packageName) && "provisioned".equals(s.status)) {
              subscribers++;
            }
          }
          switch (report.type) {
            case "CUSTOMER":
              row(out, report, ownerColumn, customer.id, customer.orgId, customer.externalId, pkg, customer.status,
                  Integer.toString(subscribers));
              break;
            case "PARTNER":
              if (customer.provisioned()) {
                int[] counts = perPackage.computeIfAbsent(pkg, k -> new int[2]);
                counts[0]++;
                counts[1] += subscribers;
              }
              break;
            default:
              break;
          }
        }
        if ("USER".equals(report.type)) {
          for (SubscriberRecord s : customer.subscribers) {
            row(out, report, ownerColumn, customer.id, customer.externalId, s.id, s.email, s.packageName, s.status);
          }
        }
      }
      perPackage.forEach((pkg, counts) -> row(out, report, ownerColumn, pkg, Integer.toString(counts[0]),
          Integer.toString(counts[1])));
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder out, BillingReportRecord report, String... fields) {
    out.append(report.billingStartDate).append(',').append(report.billingEndDate);
    for (String field : fields) {
      out.append(',').append(quoted(field));
    }
    out.append("\r\n");
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
  static String quoted(String field) {
    if (field == null) {
      return "";
    }
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
