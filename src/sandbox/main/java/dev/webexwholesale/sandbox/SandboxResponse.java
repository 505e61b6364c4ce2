package dev.webexwholesale.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the sandbox answers: a status, headers and a JSON body, or a transport fault. */
final class SandboxResponse {
  final int status;
  final Map<String, String> headers = new LinkedHashMap<>();
  final String body;
  /** Non-null when the connection must misbehave instead of answering. */
  SandboxFault fault;
  /** Extra latency before answering, in milliseconds. */
  long delayMillis;

  SandboxResponse(int status, String body) {
    this.status = status;
    this.body = body;
  }

  static SandboxResponse json(int status, Object model) {
    return new SandboxResponse(status, SandboxJson.gson().toJson(model));
  }

  static SandboxResponse empty(int status) {
    return new SandboxResponse(status, null);
  }

  SandboxResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
