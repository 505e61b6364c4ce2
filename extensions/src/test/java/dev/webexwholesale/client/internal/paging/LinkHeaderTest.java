package dev.webexwholesale.client.internal.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

  @Test
  void findsNextAmongSeveralLinks() {
    String h = "<https://webexapis.com/v1/wholesale/customers?offset=0&max=10>; rel=\"prev\", "
        + "<https://webexapis.com/v1/wholesale/customers?offset=20&max=10>; rel=\"next\"";
    assertEquals(Optional.of("https://webexapis.com/v1/wholesale/customers?offset=20&max=10"),
        LinkHeader.next(List.of(h)));
  }

  @Test
  void acceptsSeveralRelValuesAndUnquotedRel() {
    assertEquals(Optional.of("https://a/2"), LinkHeader.next(List.of("<https://a/2>; rel=\"next last\"")));
    assertEquals(Optional.of("https://a/3"), LinkHeader.next(List.of("<https://a/3>;rel=next")));
    assertEquals(Optional.of("https://a/4"), LinkHeader.next(List.of("<https://a/4>; REL=\"Next\"")));
  }

  @Test
  void readsLinksAcrossSeveralHeaderValues() {
    List<String> values = List.of("<https://a/first>; rel=\"first\"", "<https://a/next>; rel=\"next\"");
    assertEquals(Optional.of("https://a/next"), LinkHeader.next(values));
    assertEquals(2, LinkHeader.parse(values).size());
  }

  @Test
  void keepsCommasAndSemicolonsInsideTheUriAndQuotedValues() {
    String h = "<https://a/x?ids=1,2;v=3>; title=\"a, b; c\"; rel=\"next\", <https://a/y>; rel=\"last\"";
    List<LinkHeader.Link> links = LinkHeader.parse(List.of(h));
    assertEquals(2, links.size());
    assertEquals("https://a/x?ids=1,2;v=3", links.get(0).uri());
    assertEquals("a, b; c", links.get(0).params().get("title"));
    assertEquals(List.of("next"), links.get(0).rels());
    assertEquals(List.of("last"), links.get(1).rels());
  }

  @Test
  void firstRelParameterWins() {
    assertEquals(List.of("prev"), LinkHeader.parse(List.of("<https://a>; rel=prev; rel=next")).get(0).rels());
  }

  @Test
  void noNextOrGarbageGivesEmpty() {
    assertTrue(LinkHeader.next(List.of()).isEmpty());
    assertTrue(LinkHeader.next(List.of("<https://a/1>; rel=\"prev\"")).isEmpty());
    assertTrue(LinkHeader.next(List.of("garbage; rel=next")).isEmpty());
    assertTrue(LinkHeader.next(List.of("<unterminated; rel=next")).isEmpty());
    assertEquals(Optional.of("https://ok"), LinkHeader.next(List.of("junk, <https://ok>; rel=next")));
  }
}
