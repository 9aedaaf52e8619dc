package org.partnerfit.assessment.application;

import java.util.List;

import org.partnerfit.shared.Pages;

/** One page of a partner contact's invitations: which page (from 1), of how many, and its invitations. */
public record PartnerInvitationPage(int number, int size, int total, List<PartnerInvitation> invitations) {

    /** How many pages there are; one even when there is nothing to show. */
    public int pages() {
        return Pages.count(total, size);
    }

    /** The position of the page's first invitation among all, from 1. */
    public int firstShown() {
        return (number - 1) * size + 1;
    }

    public int lastShown() {
        return Math.min(number * size, total);
    }
}
