package org.partnerfit.assessment.application;

import java.util.List;

/** One page of a partner contact's invitations: which page (from 1), of how many, and its invitations. */
public record PartnerInvitationPage(int number, int size, int total, List<PartnerInvitation> invitations) {

    /** How many pages there are; one even when there is nothing to show. */
    public int pages() {
        return pagesOf(total, size);
    }

    /** The position of the page's first invitation among all, from 1. */
    public int firstShown() {
        return (number - 1) * size + 1;
    }

    public int lastShown() {
        return Math.min(number * size, total);
    }

    static int pagesOf(int total, int size) {
        return Math.max(1, (int) ((total + (long) size - 1) / size));
    }
}
