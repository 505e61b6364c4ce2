/**
 * OAuth for an integration: sign a person in once, then keep access tokens fresh unattended.
 *
 * <p>{@link dev.webexwholesale.client.auth.OAuthClient} calls Webex's token endpoint (one
 * attempt per call: a refresh may rotate the refresh token, a code is good once).
 * {@link dev.webexwholesale.client.auth.LoopbackRedirectListener} receives the browser's
 * redirect of a sign-in on 127.0.0.1.
 * {@link dev.webexwholesale.client.auth.RefreshingTokenProvider} hands tokens to the client,
 * refreshing ahead of expiry and after a 401, and saves every refresh's tokens to a
 * {@link dev.webexwholesale.client.auth.TokenStore} before using them, so a rotated refresh
 * token is never lost. Nothing here logs or prints a token or the client secret.
 */
package dev.webexwholesale.client.auth;
