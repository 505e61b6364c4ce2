package dev.webexwholesale.client.internal.bulk;

import dev.webexwholesale.client.bulk.BulkError;
import dev.webexwholesale.client.bulk.BulkJournal;
import dev.webexwholesale.client.bulk.BulkOutcome;
import dev.webexwholesale.client.bulk.JournalRecord;
import dev.webexwholesale.client.bulk.SendFate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the journal says about each key, folded from its records; one small entry per key (a
 * run of 100,000 rows holds 100,000 of them, not the rows). Keys are held as 128-bit digests:
 * a subscriber's key repeats its customer's long ID, and 100,000 such strings would be most of
 * a small heap; two different keys share a digest with odds of about 2^-128 per pair.
 */
public final class JournalIndex {
  /** The SHA-256 of a key, first 128 bits. */
  private record Digest(long hi, long lo) {
    static Digest of(String key) {
      try {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        ByteBuffer b = ByteBuffer.wrap(d);
        return new Digest(b.getLong(), b.getLong());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JVM has SHA-256", e);
      }
    }
  }

  /** The state of one key. Guarded by the index. */
  public static final class Entry {
    /** Whether a row of this run holds the key, and which (any number, 0 included). */
    boolean claimed;
    long rowInRun;
    /** Provision POSTs of the key that were not refused. */
    int sends;
    String id;
    String status;
    boolean adopted;
    /** An intent with neither a fate, an answer nor a result after it: the POST's fate is unknown. */
    boolean openIntent;
    /** Some POST of the key had an unknown fate (the only evidence that justifies an adoption). */
    boolean unknown;
    /** An unknown fate not settled since by an answer, an id or a rejection: look up before sending. */
    boolean needsReconcile;
    BulkOutcome outcome;
    /** For a result other than succeeded (few rows): what to report again when it is skipped. */
    List<BulkError> errors;
    List<String> trackingIds;
    String message;
  }

  private final Map<Digest, Entry> entries = new HashMap<>();

  public static JournalIndex load(BulkJournal journal) throws IOException {
    JournalIndex index = new JournalIndex();
    journal.replay(index::fold);
    return index;
  }

  synchronized void fold(JournalRecord r) {
    if (r.key() == null) {
      return;
    }
    if (r.type() == JournalRecord.Type.RESULT && r.outcome() == BulkOutcome.REJECTED_BEFORE_SENDING) {
      // Nothing was sent for this record. An intent just before it (journals written before
      // validation moved ahead of the intent) was refused by the client's own check.
      Entry e = entries.get(Digest.of(r.key()));
      if (e != null && e.openIntent && r.send() == null && isRowOf(e, r)) {
        e.openIntent = false;
        e.sends = Math.max(0, e.sends - 1);
      }
      return;
    }
    Entry e = entries.computeIfAbsent(Digest.of(r.key()), k -> new Entry());
    switch (r.type()) {
      case INTENT:
        e.sends++;
        e.openIntent = true;
        e.outcome = null;
        e.id = null;
        e.rowInRun = r.row();
        break;
      case FATE:
        if (r.fate() == SendFate.REFUSED) {
          if (e.openIntent) {
            e.sends = Math.max(0, e.sends - 1);
          }
        } else if (r.fate() == SendFate.UNKNOWN) {
          e.unknown = true;
          e.needsReconcile = true;
        }
        e.openIntent = false;
        break;
      case ACCEPTED:
        e.openIntent = false;
        e.id = r.id();
        e.status = r.status();
        e.adopted = Boolean.TRUE.equals(r.adopted());
        e.outcome = null;
        if (r.id() != null) {
          e.needsReconcile = false;
        }
        break;
      default:
        e.openIntent = false;
        e.outcome = r.outcome();
        if (r.id() != null) {
          e.id = r.id();
          e.needsReconcile = false;
        }
        if (r.outcome() == BulkOutcome.REJECTED_BY_SERVER) {
          e.needsReconcile = false; // Webex answered; a lookup found nothing of this row
        }
        e.status = r.status();
        e.adopted = e.adopted || Boolean.TRUE.equals(r.adopted());
        boolean keep = r.outcome() != BulkOutcome.SUCCEEDED;
        e.errors = keep ? r.errors() : null;
        e.trackingIds = keep ? r.trackingIds() : null;
        e.message = keep ? r.message() : null;
    }
  }

  /** Row numbers only tie a legacy rejection to its intent; the same row of the same input. */
  private static boolean isRowOf(Entry e, JournalRecord r) {
    return e.rowInRun == r.row();
  }

  /**
   * Claims {@code key} for {@code row} of this run. Returns a copy of what earlier runs left
   * (null when nothing), or throws {@link DuplicateKey} when another row of this run holds it.
   */
  synchronized Entry claim(String key, long row) {
    Digest digest = Digest.of(key);
    Entry e = entries.get(digest);
    if (e == null) {
      e = new Entry();
      e.claimed = true;
      e.rowInRun = row;
      entries.put(digest, e);
      return null;
    }
    if (e.claimed) {
      throw new DuplicateKey(e.rowInRun);
    }
    e.claimed = true;
    e.rowInRun = row;
    Entry copy = new Entry();
    copy.sends = e.sends;
    copy.id = e.id;
    copy.status = e.status;
    copy.adopted = e.adopted;
    copy.openIntent = e.openIntent;
    // A crash after the intent: the POST may have left, so its fate is unknown.
    copy.unknown = e.unknown || e.openIntent;
    copy.needsReconcile = e.needsReconcile || e.openIntent;
    copy.outcome = e.outcome;
    copy.errors = e.errors;
    copy.trackingIds = e.trackingIds;
    copy.message = e.message;
    e.errors = null;
    e.trackingIds = null;
    e.message = null;
    // Only the claim matters from now on: drop what the run no longer needs.
    e.id = null;
    e.status = null;
    return copy;
  }

  public synchronized int size() {
    return entries.size();
  }

  /** Another row of the same run has the key. */
  static final class DuplicateKey extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long row;

    DuplicateKey(long row) {
      super(null, null, false, false);
      this.row = row;
    }
  }
}
