/*
 * Generated from openapi/webex-wholesale.yaml by src/codegen with the templates in
 * openapi/templates/webex. Do not edit: change the spec or the templates and regenerate.
 */
package dev.webexwholesale.client;

import dev.webexwholesale.api.SubPartnersApi;
import dev.webexwholesale.client.paging.Page;
import dev.webexwholesale.client.paging.PagedIterable;
import dev.webexwholesale.client.waiter.WaitOptions;
import dev.webexwholesale.client.waiter.WaitOutcome;
import dev.webexwholesale.client.waiter.WaitState;
import dev.webexwholesale.client.waiter.Waiter;
import dev.webexwholesale.model.*;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Invocation;

/**
 * The {@code subPartners} operations: {@code client.subPartners()}. Every method throws a
 * {@link dev.webexwholesale.client.errors.WholesaleException} subtype when the call fails and
 * {@link IllegalArgumentException} (before sending anything) when the input is incomplete; every
 * asynchronous twin completes with the same exception instead.
 */
@SuppressWarnings({"unused", "deprecation"})
public final class SubPartnersResource {
  private final SubPartnersApi api;
  private final CallRunner calls;
  private final ResourcePolling waits;

  SubPartnersResource(SubPartnersApi api, CallRunner calls, ResourcePolling waits) {
    this.api = api;
    this.calls = calls;
    this.waits = waits;
  }

  /**
   * List Wholesale Sub-partners. Every matching item, fetched page by page as the iteration advances.
   *
   * @param params filters, page size ({@code max}) and start ({@code offset})
   * @return the items, lazily
   */
  public PagedIterable<SubPartner> list(SubPartnerListParams params) {
    return list(params, null);
  }

  /**
   * As {@link #list(SubPartnerListParams)}; every page is fetched with this call's options.
   *
   * @param params filters, page size and start
   * @param options the options of every page's call (null: none)
   * @return the items, lazily
   */
  public PagedIterable<SubPartner> list(SubPartnerListParams params, RequestOptions options) {
    Require.request(params, "params");
    return new PagedIterable<>(() -> listPage(params, options), url -> page(url, options));
  }

  /**
   * Every item, unfiltered.
   *
   * @return the items, lazily
   */
  public PagedIterable<SubPartner> list() {
    return list(SubPartnerListParams.none());
  }

  /**
   * The items from the page at {@code nextUrl} on: a restarted job resumes where it stopped.
   *
   * @param nextUrl a {@link Page#nextUrl()} of this client's origin
   * @param options the options of every page's call (null: none)
   * @return the items from that page on, lazily
   */
  public PagedIterable<SubPartner> listFrom(String nextUrl, RequestOptions options) {
    return new PagedIterable<>(() -> page(nextUrl, options), url -> page(url, options));
  }

  /**
   * Only the first page (size and start set by {@code max}/{@code offset}) and its next link.
   *
   * @param params filters, page size and start
   * @return the page
   */
  public Page<SubPartner> listPage(SubPartnerListParams params) {
    return listPage(params, null);
  }

  /**
   * As {@link #listPage(SubPartnerListParams)} with this call's own options.
   *
   * @param params filters, page size and start
   * @param options this call's options (null: none)
   * @return the page
   */
  public Page<SubPartner> listPage(SubPartnerListParams params, RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPage(api.listSubPartners(params.provisioningState(), params.offset(), params.max()), SubPartnerList::getItems, options);
  }

  /**
   * {@link #listPage(SubPartnerListParams)} without blocking.
   *
   * @param params filters, page size and start
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<SubPartner>> listPageAsync(SubPartnerListParams params) {
    return listPageAsync(params, null);
  }

  /**
   * {@link #listPage(SubPartnerListParams, RequestOptions)} without blocking.
   *
   * @param params filters, page size and start
   * @param options this call's options (null: none)
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<SubPartner>> listPageAsync(SubPartnerListParams params,
      RequestOptions options) {
    Require.request(params, "params");
    return calls.firstPageAsync(api.listSubPartners(params.provisioningState(), params.offset(), params.max()), SubPartnerList::getItems, options);
  }

  /**
   * The page at a next link, so a stateless UI can fetch page N+1 from what page N returned.
   * The URL is followed as given (it carries the filters) and must be on the client's origin.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @return the page
   * @throws dev.webexwholesale.client.errors.ForeignNextLinkException when the URL is on another
   *     origin (nothing is sent)
   */
  public Page<SubPartner> page(String nextUrl) {
    return page(nextUrl, null);
  }

  /**
   * As {@link #page(String)} with this call's own options.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @param options this call's options (null: none)
   * @return the page
   */
  public Page<SubPartner> page(String nextUrl, RequestOptions options) {
    return calls.nextPage(nextUrl, listInvocation(), SubPartnerList.class, SubPartnerList::getItems, options);
  }

  /**
   * {@link #page(String)} without blocking; a foreign URL throws at once.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<SubPartner>> pageAsync(String nextUrl) {
    return pageAsync(nextUrl, null);
  }

  /**
   * {@link #page(String, RequestOptions)} without blocking; a foreign URL throws at once.
   *
   * @param nextUrl a {@link Page#nextUrl()}
   * @param options this call's options (null: none)
   * @return the page, or the typed failure
   */
  public CompletableFuture<Page<SubPartner>> pageAsync(String nextUrl, RequestOptions options) {
    return calls.nextPageAsync(nextUrl, listInvocation(), SubPartnerList.class, SubPartnerList::getItems, options);
  }

  /** The operation's Retrofit invocation: tells the interceptors what a next-page call is. */
  private Invocation listInvocation() {
    SubPartnerListParams params = SubPartnerListParams.none();
    return CallRunner.invocationOf(api.listSubPartners(null, null, null));
  }
}
