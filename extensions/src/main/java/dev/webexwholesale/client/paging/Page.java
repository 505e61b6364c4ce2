package dev.webexwholesale.client.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a list answer and the link to the following one. The next URL is all a stateless
 * UI or a restarted job needs to keep: {@code customers().page(nextUrl)} (and its twins on the
 * other resources) fetches the page it names.
 *
 * @param <T> the type of the items
 */
public final class Page<T> {
  private final List<T> items;
  private final String nextUrl;

  /**
   * A page.
   *
   * @param items the page's items (null means none; null entries are dropped)
   * @param nextUrl the absolute {@code rel="next"} URL, or null on the last page
   */
  public Page(List<T> items, String nextUrl) {
    this.items = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    this.nextUrl = nextUrl;
  }

  /**
   * The items of this page, in the server's order.
   *
   * @return an unmodifiable list, empty when the page has none
   */
  public List<T> items() {
    return items;
  }

  /**
   * The absolute {@code rel="next"} URL, as the server sent it (resolved against this page's URL
   * when relative).
   *
   * @return the next page's URL; empty on the last page
   */
  public Optional<String> nextUrl() {
    return Optional.ofNullable(nextUrl);
  }

  /**
   * Whether a page follows.
   *
   * @return true when {@link #nextUrl()} is present
   */
  public boolean hasNext() {
    return nextUrl != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Page<?> p && items.equals(p.items) && Objects.equals(nextUrl, p.nextUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, nextUrl);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", nextUrl=" + nextUrl + "}";
  }
}
