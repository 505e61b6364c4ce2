package dev.webexwholesale.client.auth;

import static org.junit.jupiter.api.Assertions.fail;

import dev.webexwholesale.client.errors.SignInRequiredException;
import dev.webexwholesale.client.errors.TokenEndpointException;
import dev.webexwholesale.client.errors.TransportException;
import dev.webexwholesale.testing.FakeTime;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded simulation of token refresh: two providers ("processes") share one token file; a
 * model token endpoint (the ground truth) follows a random fault schedule (answers, hangs that
 * cost the whole token timeout, 5xx, revocation answered with invalid_grant, rotation by a third
 * party during a refresh) on fake time. After every call the invariants are checked; a failure
 * names its seed, replayable with {@code -Dtoken.sim.seed=N}.
 *
 * <p>Invariants: (1) the file never holds a dead refresh token unless the server revoked it
 * (never a burnt token); (2) no provider presents a refresh token rotated away before its
 * request; (3) every call ends within two token timeouts; (4) a call returns a token the server
 * takes, or a typed error: SignInRequiredException only after a revocation, an outage error only
 * when no token the server takes is known; (5) after a failed refresh a provider asks again only
 * after its cooldown; (6) once the endpoint is healthy (and a person signed in after a
 * revocation) both providers get a token the server takes.
 */
class TokenRefreshSimulationTest {
  private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(30);
  private static final long ACCESS_LIFETIME = 3600;
  private static final int STEPS = 80;

  @TempDir
  Path dir;

  /** Every fault kind and outcome seen across the seeds: the schedules exercise what they claim. */
  private final Map<String, Integer> seen = new HashMap<>();

  @Test
  void randomFaultSchedulesKeepEveryInvariant() throws Exception {
    String one = System.getProperty("token.sim.seed");
    if (one != null) {
      run(Long.parseLong(one));
      return;
    }
    for (long seed = 1; seed <= 120; seed++) {
      run(seed);
    }
    for (Fault f : Fault.values()) {
      if (seen.getOrDefault(f.name(), 0) == 0) {
        fail("no schedule had " + f + ": " + seen);
      }
    }
    for (String outcome : List.of("SignInRequiredException", "TokenEndpointException", "TransportException",
        "re-read after invalid_grant")) {
      if (seen.getOrDefault(outcome, 0) == 0) {
        fail("no call ended with " + outcome + ": " + seen);
      }
    }
  }

  private void run(long seed) throws IOException {
    // tmpfs when there is one: each save forces the file to disk, which is what costs here.
    Path shm = Path.of("/dev/shm");
    Path base = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "token-sim") : dir;
    Path file = Files.createTempDirectory(base, "seed" + seed).resolve("tokens.json");
    try {
      simulate(seed, file);
    } finally {
      if (base != dir) {
        try (var all = Files.walk(base)) {
          all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private void simulate(long seed, Path file) {
    Simulation sim = new Simulation(seed, file);
    try {
      sim.run();
      for (String event : sim.server.trace) {
        for (String kind : List.of("HANG", "UNAVAILABLE", "REVOKE", "THIRD_PARTY_ROTATES", "OK",
            "SignInRequiredException", "TokenEndpointException", "TransportException")) {
          if (event.endsWith(" " + kind) || event.contains(" got " + kind)) {
            seen.merge(kind, 1, Integer::sum);
          }
        }
      }
      seen.merge("re-read after invalid_grant", sim.server.rereads, Integer::sum);
    } catch (AssertionError e) {
      fail("seed " + seed + " step " + sim.step + ": " + e.getMessage() + " (replay: -Dtoken.sim.seed=" + seed
          + "; last events " + sim.server.trace.subList(Math.max(0, sim.server.trace.size() - 12),
          sim.server.trace.size()) + ")", e);
    }
  }

  enum Fault { OK, HANG, UNAVAILABLE, REVOKE, THIRD_PARTY_ROTATES }

  /** The token endpoint's ground truth, answering in-process through an OkHttp interceptor. */
  static final class ModelServer {
    final FakeTime time;
    final Random random;
    final boolean rotates;
    final Set<String> liveRefresh = new HashSet<>();
    final Set<String> rotatedAway = new HashSet<>();
    final Map<String, Instant> access = new HashMap<>();
    /** What happened, for the failure message: calls, 401s, grants and faults. */
    final List<String> trace = new ArrayList<>();
    boolean revoked;
    boolean healthy;
    /** Refreshes with the token a third party saved, right after ours was refused. */
    int rereads;
    Instant refusedByRaceAt;
    int seq;
    /** Set while a third party rotates during a refresh: the store it writes to. */
    FileTokenStore thirdParty;
    /** Per provider: when its last refresh failed (outage), for the cooldown invariant. */
    final Map<String, Instant> lastFailureEnd = new HashMap<>();
    final Map<String, Instant> lastRequest = new HashMap<>();

    ModelServer(FakeTime time, Random random) {
      this.time = time;
      this.random = random;
      this.rotates = random.nextBoolean();
    }

    /** Tokens as a sign-in would give them (refresh token live, access token fresh). */
    OAuthTokens signIn() {
      revoked = false;
      lastFailureEnd.clear(); // a new start for every provider
      String rt = "RT" + (++seq);
      String at = "AT" + (++seq);
      liveRefresh.add(rt);
      access.put(at, time.now().plusSeconds(ACCESS_LIFETIME));
      return new OAuthTokens(at, time.now().plusSeconds(ACCESS_LIFETIME), rt, null, "Bearer", null);
    }

    boolean takes(String accessToken, Instant at) {
      Instant expiry = access.get(accessToken);
      return !revoked && expiry != null && at.isBefore(expiry);
    }

    Interceptor as(String who) {
      return chain -> answer(who, chain.request());
    }

    private Response answer(String who, Request request) throws IOException {
      String presented = field((FormBody) request.body(), "refresh_token");
      Instant now = time.now();
      Instant failedAt = lastFailureEnd.get(who);
      if (failedAt != null && now.isBefore(failedAt.plus(RefreshingTokenProvider.FIRST_COOLDOWN))) {
        throw new AssertionError(who + " asked the token endpoint " + Duration.between(failedAt, now)
            + " after a failed refresh, within the cooldown");
      }
      lastRequest.put(who, now);
      if (now.equals(refusedByRaceAt)) {
        rereads++; // within the same call: the refused provider read the file again at once
      }
      refusedByRaceAt = null;
      if (rotatedAway.contains(presented)) {
        throw new AssertionError(who + " presented a refresh token rotated away before its request");
      }
      Fault fault = healthy ? Fault.OK : pick();
      trace.add(time.now() + " " + who + " refresh " + presented + " -> " + fault);
      switch (fault) {
        case HANG:
          time.advance(TOKEN_TIMEOUT);
          lastFailureEnd.put(who, time.now());
          throw new SocketTimeoutException("timeout");
        case UNAVAILABLE:
          lastFailureEnd.put(who, now);
          return json(request, 503, "{\"message\":\"down\"}");
        case REVOKE:
          revoked = true;
          liveRefresh.clear();
          lastFailureEnd.put(who, now);
          return json(request, 400, "{\"error\":\"invalid_grant\"}");
        case THIRD_PARTY_ROTATES:
          if (!revoked && liveRefresh.contains(presented) && rotates) {
            // Another process (one that takes no lock) refreshes with the same token first:
            // ours is refused, and re-reading the file at once is the provider's rule.
            thirdParty.save(grant(presented));
            refusedByRaceAt = time.now();
            return json(request, 400, "{\"error\":\"invalid_grant\"}");
          }
          break;
        default:
          break;
      }
      if (revoked || !liveRefresh.contains(presented)) {
        lastFailureEnd.put(who, now);
        return json(request, 400, "{\"error\":\"invalid_grant\"}");
      }
      lastFailureEnd.remove(who);
      OAuthTokens granted = grant(presented);
      trace.add("granted " + granted.accessToken() + "/" + granted.refreshToken());
      return json(request, 200, "{\"access_token\":\"" + granted.accessToken() + "\",\"expires_in\":"
          + ACCESS_LIFETIME + (rotates ? ",\"refresh_token\":\"" + granted.refreshToken() + "\"" : "")
          + ",\"token_type\":\"Bearer\"}");
    }

    private OAuthTokens grant(String presented) {
      String at = "AT" + (++seq);
      access.put(at, time.now().plusSeconds(ACCESS_LIFETIME));
      String rt = presented;
      if (rotates) {
        liveRefresh.remove(presented);
        rotatedAway.add(presented);
        rt = "RT" + (++seq);
        liveRefresh.add(rt);
      }
      return new OAuthTokens(at, time.now().plusSeconds(ACCESS_LIFETIME), rt, null, "Bearer", null);
    }

    private Fault pick() {
      int r = random.nextInt(100);
      return r < 55 ? Fault.OK : r < 70 ? Fault.HANG : r < 85 ? Fault.UNAVAILABLE : r < 88 ? Fault.REVOKE
          : Fault.THIRD_PARTY_ROTATES;
    }

    private static String field(FormBody form, String name) {
      for (int i = 0; i < form.size(); i++) {
        if (form.name(i).equals(name)) {
          return form.value(i);
        }
      }
      return null;
    }

    private static Response json(Request request, int code, String body) {
      return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(code).message("sim")
          .body(ResponseBody.create(body, MediaType.get("application/json"))).build();
    }
  }

  final class Simulation {
    final Random random;
    final FakeTime time = new FakeTime();
    final ModelServer server;
    final Path file;
    final Map<String, RefreshingTokenProvider> providers = new HashMap<>();
    int step;

    Simulation(long seed, Path file) {
      this.random = new Random(seed);
      this.server = new ModelServer(time, random);
      this.file = file;
      server.thirdParty = new FileTokenStore(file);
      for (String who : List.of("A", "B")) {
        OAuthClient oauth = OAuthClient.builder().clientId("C1").clientSecret("S-secret-1").baseUrl("http://127.0.0.1:9/v1")
            .time(time).timeout(TOKEN_TIMEOUT)
            .httpClient(new OkHttpClient.Builder().addInterceptor(server.as(who)).build()).build();
        providers.put(who, RefreshingTokenProvider.builder().oauthClient(oauth).store(new FileTokenStore(file))
            .refreshMargin(Duration.ofMinutes(5)).time(time).build());
      }
    }

    void run() {
      new FileTokenStore(file).save(server.signIn());
      for (step = 1; step <= STEPS; step++) {
        advance();
        if (server.revoked && random.nextInt(6) == 0) {
          new FileTokenStore(file).save(server.signIn()); // a person signs in again (auth login)
        }
        String who = random.nextBoolean() ? "A" : "B";
        RefreshingTokenProvider p = providers.get(who);
        if (random.nextInt(10) == 0) {
          p.current().ifPresent(t -> { // the server stops taking the token: a 401 reports it
            server.trace.add(time.now() + " " + who + " 401 on " + t.accessToken());
            server.access.remove(t.accessToken());
            p.invalidate(t.accessToken());
          });
        }
        call(who, p);
        noBurntToken();
      }
      // Liveness: a healthy endpoint, past every cooldown, a person signed in if revoked.
      server.healthy = true;
      if (server.revoked) {
        new FileTokenStore(file).save(server.signIn());
      }
      time.advance(RefreshingTokenProvider.MAX_COOLDOWN.plusSeconds(1));
      server.lastFailureEnd.clear();
      for (String who : List.of("A", "B")) {
        RefreshingTokenProvider p = providers.get(who);
        String token = p.accessToken();
        if (!server.takes(token, time.now())) {
          p.invalidate(token); // the 401 the client would see
          token = p.accessToken();
        }
        if (!server.takes(token, time.now())) {
          throw new AssertionError(who + " ended with a token the server does not take");
        }
      }
    }

    private void advance() {
      int r = random.nextInt(10);
      Duration d = r < 4 ? Duration.ofSeconds(random.nextInt(10)) : r < 8 ? Duration.ofMinutes(random.nextInt(30))
          : Duration.ofMinutes(50 + random.nextInt(20));
      time.advance(d);
    }

    /** One call as the client makes it: a token the server refuses is reported (a 401) and asked again once. */
    private void call(String who, RefreshingTokenProvider p) {
      String token = attempt(who, p);
      if (token != null && !server.takes(token, time.now())) {
        // Another provider's 401 made the server's refusal known to it only: this one learns it now.
        p.invalidate(token);
        token = attempt(who, p);
        if (token != null && !server.takes(token, time.now())) {
          throw new AssertionError(who + " returned a token the server does not take, even after a 401");
        }
      }
    }

    /** The token, or null after a typed failure allowed by the invariants. */
    private String attempt(String who, RefreshingTokenProvider p) {
      long start = time.nanoTime();
      String token = null;
      RuntimeException failure = null;
      try {
        token = p.accessToken();
      } catch (RuntimeException e) {
        failure = e;
      }
      Duration took = Duration.ofNanos(time.nanoTime() - start);
      server.trace.add(time.now() + " " + who + " got " + (failure == null ? token : failure.getClass().getSimpleName())
          + " (file " + new FileTokenStore(file).load().map(t -> t.accessToken() + "/" + t.refreshToken()).orElse("-")
          + ")");
      if (took.compareTo(TOKEN_TIMEOUT.multipliedBy(2)) > 0) {
        throw new AssertionError(who + "'s call took " + took + ", over two token timeouts");
      }
      Instant now = time.now();
      if (failure == null) {
        return token;
      }
      if (failure instanceof SignInRequiredException) {
        if (!server.revoked) {
          throw new AssertionError(who + " asked for a sign-in but nothing was revoked: " + failure.getMessage());
        }
        return null;
      }
      if (!(failure instanceof TokenEndpointException || failure instanceof TransportException)) {
        throw new AssertionError(who + " failed with an untyped " + failure);
      }
      OAuthTokens stored = new FileTokenStore(file).load().orElseThrow();
      if (!server.revoked && server.takes(stored.accessToken(), now)) {
        throw new AssertionError(who + " failed with " + failure.getClass().getSimpleName()
            + " although the file holds a token the server takes");
      }
      return null;
    }

    private void noBurntToken() {
      OAuthTokens stored = new FileTokenStore(file).load().orElseThrow();
      if (!server.revoked && !server.liveRefresh.contains(stored.refreshToken())) {
        throw new AssertionError("the file holds a dead refresh token: burnt");
      }
    }
  }
}
