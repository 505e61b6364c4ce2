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
 */
public final class PagedIterable<T> implements Iterable<T> {
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

  /** The pages themselves, lazily; the first is fetched on the first {@code hasNext()}. */
  public Iterable<Page<T>> pages() {
    return () -> new Iterator<>() {
      private Page<T> last;
      private Page<T> pending;
      private boolean done;

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
          pending = nextPage.apply(url);
          if (pending.nextUrl().map(url::equals).orElse(false)) {
            // A page linking to itself would loop forever.
            throw new WholesaleException("Paging stopped: the next link repeats " + url);
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

  /** A sequential stream over all items; pages are fetched as the stream advances. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        () -> Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        Spliterator.ORDERED | Spliterator.NONNULL, false);
  }
}
