package org.partnerfit.assessment.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A partner contact's account that a client organisation's admin gave out, with a one-time
 * password the admin saw. Until its owner has the address verified, that account (by the
 * identity provider's id, so that a later account with the same address is not taken for it)
 * stands for that organisation only: any other organisation's invitations to the same address
 * stay hidden from it, as the admin could have signed in first. Like {@link PartnerGrant},
 * outside the tenant wall.
 */
@Entity
@Table(name = "partner_account")
@NamedQuery(name = "PartnerAccount.byEmail", query = "select a from PartnerAccount a where a.email = :email")
public class PartnerAccount extends org.partnerfit.persistence.BaseEntity {

    @Column(nullable = false, unique = true, length = Invitation.MAX_EMAIL_LENGTH)
    private String email;

    @Column(name = "account_id", nullable = false, length = 64)
    private String accountId;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected PartnerAccount() {
    }

    public PartnerAccount(String email, String accountId, String issuedBy) {
        this.email = email.trim().toLowerCase(Locale.ROOT);
        reissue(accountId, issuedBy);
    }

    /** A new account of this address (the old one deleted in the identity provider), given out by this organisation. */
    public void reissue(String accountId, String tenant) {
        this.accountId = accountId;
        this.issuedBy = tenant;
        this.issuedAt = Instant.now();
    }

    /** Whether this organisation gave out that very account. */
    public boolean issuedTo(String account, String tenant) {
        return accountId.equals(account) && issuedBy.equals(tenant);
    }
}
