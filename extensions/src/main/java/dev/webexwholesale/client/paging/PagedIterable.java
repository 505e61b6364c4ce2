package dev.webexwholesale.client.paging;

import dev.webexwholesale.client.errors.WholesaleException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All items of a list operation, fetched lazily page by page along the {@code Link rel="next"}
 * chain with one page in memory. Each new iteration starts again from the first page.
 *
 * <p>Bounded whatever the server links: a next URL seen before in this iteration (A→B→A, or a
 * page linking to itself) stops it, and so do {@value #MAX_EMPTY_PAGES_IN_A_ROW} empty pages in
 * a row that still link onwards; both with a {@link WholesaleException}.
 *
 * @param <T> the type of the items
 */
public final class PagedIterable<T> implements Iterable<T> {
  /** Empty pages in a row, each with a next link, after which paging stops. */
  public static final int MAX_EMPTY_PAGES_IN_A_ROW = 20;

  private final Supplier<Page<T>> firstPage;
  private final Function<String, Page<T>> nextPage;

  /**
   * @param firstPage fetches the first page (called at the start of each iteration)
   * @param nextPage fetches the page at a {@code rel="next"} URL
   */
  public PagedIterable(Supplier<Page<T>> firstPage, Function<String, Page<T>> nextPage) {
    this.firstPage = Objects.requireNonNull(firstPage, "firstPage");
    this.nextPage = Objects.requireNonNull(nextPage, "nextPage");
  }

  /** Iterates over all items from the first page, fetching each page when it is reached. */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<>() {
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /**
   * The pages themselves, lazily; the first is fetched on the first {@code hasNext()}. Keep a
   * page's {@link Page#nextUrl()} to resume there later.
   *
   * @return the pages, each fetched as the iteration reaches it
   */
  public Iterable<Page<T>> pages() {
    return () -> new Iterator<>() {
      private Page<T> last;
      private Page<T> pending;
      private boolean done;
      private final java.util.Set<String> visited = new java.util.HashSet<>();
      private int emptyInARow;

      @Override
      public boolean hasNext() {
        if (pending != null) {
          return true;
        }
        if (done) {
          return false;
        }
        if (last == null) {
          pending = firstPage.get();
        } else if (last.hasNext()) {
          String url = last.nextUrl().get();
          if (!visited.add(url)) {
            // A chain that comes back to a page would loop forever.
            throw new WholesaleException("Paging stopped: the server linked again to a page already read ("
                + pathOf(url) + ")");
          }
          pending = nextPage.apply(url);
          emptyInARow = pending.items().isEmpty() && pending.hasNext() ? emptyInARow + 1 : 0;
          if (emptyInARow >= MAX_EMPTY_PAGES_IN_A_ROW) {
            throw new WholesaleException("Paging stopped: " + emptyInARow
                + " empty pages in a row still linked to a next page (last " + pathOf(url) + ")");
          }
        } else {
          done = true;
          return false;
        }
        return true;
      }

      @Override
      public Page<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        last = pending;
        pending = null;
        return last;
      }
    };
  }

  /** Query values may hold e-mails: messages show the path only. */
  private static String pathOf(String url) {
    int q = url.indexOf('?');
    return dev.webexwholesale.client.internal.errors.SafeText.escapeControls(q < 0 ? url : url.substring(0, q));
  }

  /**
   * A sequential stream over all items; pages are fetched as the stream advances.
   *
   * @return the items, lazily
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        Spliterator.ORDERED | Spliterator.NONNULL, false);
  }
}
