package dev.webexwholesale.client.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a list answer and the link to the following one. */
public final class Page<T> {
  private final List<T> items;
  private final String nextUrl;

  public Page(List<T> items, String nextUrl) {
    this.items = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    this.nextUrl = nextUrl;
  }

  public List<T> items() {
    return items;
  }

  /** The absolute {@code rel="next"} URL; empty on the last page. */
  public Optional<String> nextUrl() {
    return Optional.ofNullable(nextUrl);
  }

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
