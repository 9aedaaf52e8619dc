package org.partnerfit.persistence;

import org.partnerfit.shared.ChangedSinceReadException;

/**
 * A record's revision is its optimistic-lock version: what a page or an API client read, and
 * sends back with its change so that a save made in the meantime is not overwritten unseen.
 * Revision 0 is a record not saved yet.
 */
public final class Revisions {

    private Revisions() {
    }

    /** The revision of a record, 0 while it has never been saved. */
    public static long of(BaseEntity saved) {
        return saved == null ? 0 : saved.getVersion();
    }

    /**
     * Refuses a change based on another revision than the saved one; a change based on no
     * revision at all ({@code null}) replaces whatever is saved, as before revisions were kept.
     */
    public static void expect(Long readRevision, BaseEntity saved) {
        expect(readRevision, of(saved));
    }

    /** As above, for a part of a record that counts its own revisions (a firm's feedback). */
    public static void expect(Long readRevision, long current) {
        if (readRevision != null && readRevision != current) {
            throw new ChangedSinceReadException(readRevision, current);
        }
    }
}
