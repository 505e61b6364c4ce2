package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.WholesaleClient;
import dev.webexwholesale.client.bulk.BulkError;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.errors.BadGatewayException;
import dev.webexwholesale.client.errors.BadRequestException;
import dev.webexwholesale.client.errors.ConflictException;
import dev.webexwholesale.client.errors.ErrorResponse;
import dev.webexwholesale.client.errors.InternalServerErrorException;
import dev.webexwholesale.client.errors.LockedException;
import dev.webexwholesale.client.errors.RateLimitedException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.client.errors.UndecodableResponseException;
import dev.webexwholesale.client.waiter.WaiterConfig;
import dev.webexwholesale.model.ErrorDetail;
import dev.webexwholesale.testing.FakeTime;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * An in-process Webex with the sandbox's provisioning semantics, for the simulation: resources
 * keyed like customers (externalId), unique keys enforced or not, a list lookup that sees a
 * resource only once it is visible, 409 for a taken key, 400 for a refused row, statuses
 * {@code provisioned} or {@code error} (with its errors). Every request draws its fate from a
 * seeded generator while {@link #faulty}. Single-threaded (the simulation runs one worker).
 */
final class SimWebex {
  /** A row of the simulation: its key, and whether it passes validation. */
  record Req(String key, boolean valid) {
  }

  /** A 4xx the server answered for a key. */
  record Refusal(long code, String trackingId) {
  }

  static final long CONFLICT_CODE = 409001;
  static final long BAD_REQUEST_CODE = 400100;
  static final long PROVISIONING_ERROR_CODE = 500123;

  private static final class Res {
    final String id;
    final String key;
    final boolean foreign;
    final long visibleAt;

    Res(String id, String key, boolean foreign, long visibleAt) {
      this.id = id;
      this.key = key;
      this.foreign = foreign;
      this.visibleAt = visibleAt;
    }
  }

  enum Fault {
    ANSWER, LOST_AFTER, LATE, RESET_BEFORE, CONNECT, R429, R423, E500_BEFORE, E500_AFTER, E502_BEFORE, E502_AFTER,
    UNREADABLE_AFTER, R400
  }

  private static final Fault[] POST_FAULTS = Fault.values();
  private static final Fault[] READ_FAULTS = {Fault.RESET_BEFORE, Fault.LATE, Fault.R429, Fault.R423,
      Fault.E500_BEFORE, Fault.E502_BEFORE};

  private final Random rnd;
  private final FakeTime time;
  private final boolean unique;
  private final double faultRate;
  private final double foreignRate;
  private final Map<String, List<Res>> byKey = new HashMap<>();
  private final Map<String, Res> byId = new HashMap<>();
  private final Set<String> failing = new HashSet<>();
  private final Map<String, Refusal> refusals = new HashMap<>();
  private int ids;
  private int trackings;
  boolean faulty;
  boolean beyondCap;
  long requests;
  long faults;

  SimWebex(Random rnd, FakeTime time, boolean unique, double faultRate, double foreignRate) {
    this.rnd = rnd;
    this.time = time;
    this.unique = unique;
    this.faultRate = faultRate;
    this.foreignRate = foreignRate;
  }

  void failsProvisioning(String key) {
    failing.add(key);
  }

  boolean failsProvisioningOf(String key) {
    return failing.contains(key);
  }

  Set<String> keys() {
    return byKey.keySet();
  }

  int count(String key) {
    return byKey.getOrDefault(key, List.of()).size();
  }

  boolean isForeign(String key) {
    List<Res> all = byKey.getOrDefault(key, List.of());
    return !all.isEmpty() && all.get(0).foreign;
  }

  String idOf(String key) {
    List<Res> all = byKey.getOrDefault(key, List.of());
    return all.size() == 1 ? all.get(0).id : null;
  }

  Refusal lastRefusal(String key) {
    return refusals.get(key);
  }

  private Fault draw(Fault[] from) {
    requests++;
    if (!faulty || rnd.nextDouble() >= faultRate) {
      return Fault.ANSWER;
    }
    faults++;
    return from[rnd.nextInt(from.length)];
  }

  private String trackingId() {
    return "SIMTRACK_" + (++trackings);
  }

  private Res create(String key, boolean foreign, long visibleAt) {
    Res r = new Res("id-" + (++ids), key, foreign, visibleAt);
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    byId.put(r.id, r);
    return r;
  }

  private Res visible(String key) {
    for (Res r : byKey.getOrDefault(key, List.of())) {
      if (r.visibleAt - time.nanoTime() <= 0) {
        return r;
      }
    }
    return null;
  }

  private String status(Res r) {
    return failing.contains(r.key) && !r.foreign ? "error" : "provisioned";
  }

  private List<BulkError> errors(Res r) {
    return "error".equals(status(r)) ? List.of(new BulkError(PROVISIONING_ERROR_CODE, "provisioning failed"))
        : List.of();
  }

  private static ErrorResponse answer(int status, String method, Long code, String trackingId, Duration retryAfter) {
    List<ErrorDetail> details = code == null ? List.of()
        : List.of(new ErrorDetail().errorCode(code).description("refused by the simulation"));
    return new ErrorResponse(status, method, "http://sim/wholesale/customers", "refused", details, trackingId,
        retryAfter, "{}");
  }

  private Duration retryAfter() {
    if (rnd.nextDouble() < 0.03) {
      beyondCap = true;
      return Duration.ofHours(1);
    }
    return Duration.ofSeconds(1 + rnd.nextInt(30));
  }

  /** Throws what a fault that strikes before handling looks like; returns for ANSWER and *_AFTER faults. */
  private void before(Fault f, String method) {
    switch (f) {
      case RESET_BEFORE:
        throw new TransportException(TransportException.Kind.RESET, method, "http://sim", new SocketException(
            "Connection reset"));
      case CONNECT:
        throw new TransportException(TransportException.Kind.CONNECT, method, "http://sim",
            new ConnectException("Connection refused"));
      case R429:
        throw new RateLimitedException(answer(429, method, null, trackingId(), retryAfter()));
      case R423:
        throw new LockedException(answer(423, method, null, trackingId(), retryAfter()));
      case E500_BEFORE:
        throw new InternalServerErrorException(answer(500, method, null, trackingId(), null));
      case E502_BEFORE:
        throw new BadGatewayException(answer(502, method, null, trackingId(), null));
      default:
    }
  }

  private static TransportException timeout(String method) {
    return new TransportException(TransportException.Kind.TIMEOUT, method, "http://sim",
        new SocketTimeoutException("timeout"));
  }

  /** A read (lookup, get, poll) under a drawn fault; LATE is a read that timed out. */
  private void read(String method) {
    Fault f = draw(READ_FAULTS);
    if (f == Fault.LATE) {
      throw timeout(method);
    }
    before(f, method);
  }

  RowKind<Req> kind() {
    return new RowKind<>() {
      @Override
      public String key(Req r) {
        return r.key();
      }

      @Override
      public String problem(Req r) {
        return r.valid() ? null : "missing required field address.city";
      }

      @Override
      public void precheck(WholesaleClient client, Req r) {
        Fault f = draw(new Fault[] {Fault.R429, Fault.R423, Fault.E500_BEFORE, Fault.RESET_BEFORE, Fault.R400});
        if (f == Fault.R400) {
          String t = trackingId();
          refusals.put(r.key(), new Refusal(BAD_REQUEST_CODE, t));
          throw new BadRequestException(answer(400, "POST", BAD_REQUEST_CODE, t, null));
        }
        before(f, "POST");
      }

      @Override
      public Sent send(WholesaleClient client, Req r) {
        if (faulty && unique && byKey.get(r.key()) == null && rnd.nextDouble() < foreignRate) {
          create(r.key(), true, time.nanoTime()); // someone else creates the same key meanwhile
        }
        Fault f = draw(POST_FAULTS);
        before(f, "POST");
        String t = trackingId();
        if (f == Fault.R400) {
          refusals.put(r.key(), new Refusal(BAD_REQUEST_CODE, t));
          throw new BadRequestException(answer(400, "POST", BAD_REQUEST_CODE, t, null));
        }
        if (unique && byKey.get(r.key()) != null) {
          refusals.put(r.key(), new Refusal(CONFLICT_CODE, t));
          ConflictException conflict = new ConflictException(answer(409, "POST", CONFLICT_CODE, t, null));
          if (f == Fault.ANSWER) {
            throw conflict;
          }
          refusals.remove(r.key()); // the 409's answer never arrived
        } else {
          long late = f == Fault.LATE ? Duration.ofSeconds(1 + rnd.nextInt(9)).toNanos() : 0;
          Res created = create(r.key(), false, time.nanoTime() + late);
          if (f == Fault.ANSWER) {
            return new Sent(created.id, null, t, List.of());
          }
        }
        switch (f) {
          case LOST_AFTER:
            throw new TransportException(TransportException.Kind.RESET, "POST", "http://sim",
                new IOException("unexpected end of stream"));
          case LATE:
            throw timeout("POST");
          case E500_AFTER:
            throw new InternalServerErrorException(answer(500, "POST", null, t, null));
          case E502_AFTER:
            throw new BadGatewayException(answer(502, "POST", null, t, null));
          default:
            throw new UndecodableResponseException(202, "POST", "http://sim", "text/html", "JSON", t, null);
        }
      }

      @Override
      public Found lookup(WholesaleClient client, Req r) {
        read("GET");
        Res res = visible(r.key());
        return res == null ? null : new Found(res.id, status(res), errors(res));
      }

      @Override
      public Found get(WholesaleClient client, String id) {
        read("GET");
        Res res = byId.get(id);
        return res == null ? null : new Found(res.id, status(res), errors(res));
      }

      @Override
      public Finished await(WholesaleClient client, String id, String statusSoFar, WaiterConfig config) {
        read("GET");
        Res res = byId.get(id);
        if (res == null) {
          return new Finished(BulkOutcome.FAILED, statusSoFar, List.of(), "gone while waiting");
        }
        return judge(status(res), errors(res));
      }

      @Override
      public Finished withoutWait(String id, String status, List<BulkError> errors) {
        return status == null ? new Finished(BulkOutcome.SUCCEEDED, null, errors, null) : judge(status, errors);
      }

      private Finished judge(String status, List<BulkError> errors) {
        return "error".equals(status) ? new Finished(BulkOutcome.FAILED, status, errors, "status is error")
            : new Finished(BulkOutcome.SUCCEEDED, status, errors, null);
      }
    };
  }
}
