package org.partnerfit.shared;

/** Page arithmetic for lists shown a page at a time, pages numbered from 1. */
public final class Pages {

    private Pages() {
    }

    /** How many pages of this size hold this many items; one even when there are none. */
    public static int count(long total, int size) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
    }

    /** This page, or the nearest that exists: the first for one before it, the last for one past the end. */
    public static int within(int page, long total, int size) {
        return Math.max(1, Math.min(page, count(total, size)));
    }
}
