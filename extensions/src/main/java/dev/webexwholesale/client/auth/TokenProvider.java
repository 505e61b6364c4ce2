package dev.webexwholesale.client.auth;

/**
 * Hands out access tokens to the client and learns when Webex refused one. Give it to
 * {@code WholesaleClient.Builder#tokenProvider}: the client asks before every attempt and, on a
 * 401, invalidates the token it sent, then replays the request once with a fresh one.
 * Implementations must be thread-safe.
 */
public interface TokenProvider {
  /**
   * A token to send now; may block while a refresh runs.
   *
   * @return the bearer access token, without the {@code Bearer } prefix
   */
  String accessToken();

  /**
   * Webex answered 401 to {@code rejectedAccessToken}: stop handing it out. A token other than
   * the current one (already replaced by another thread's refresh) is ignored, so many threads
   * seeing the same 401 cause one refresh.
   *
   * @param rejectedAccessToken the token Webex refused
   */
  void invalidate(String rejectedAccessToken);
}
