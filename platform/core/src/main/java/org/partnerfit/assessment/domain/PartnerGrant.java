package org.partnerfit.assessment.domain;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.partnerfit.persistence.BaseEntity;

/**
 * The only cross-tenant record: which partner contact may enter which tenant, for which
 * invitation. It holds no tenant data; everything behind it is read inside that tenant.
 */
@Entity
@Table(name = "partner_grant")
@NamedQuery(name = "PartnerGrant.ofContact", query = "select g from PartnerGrant g where g.contactEmail = :email order by g.invitationId desc")
@NamedQuery(name = "PartnerGrant.forInvitation",
        query = "select g from PartnerGrant g where g.contactEmail = :email and g.invitationId = :invitation")
public class PartnerGrant extends BaseEntity {

    @Column(nullable = false, length = 320)
    private String contactEmail;

    @Column(nullable = false, length = 64)
    private String tenantId;

    @Column(nullable = false)
    private Long invitationId;

    protected PartnerGrant() {
    }

    public PartnerGrant(String contactEmail, String tenantId, Long invitationId) {
        this.contactEmail = contactEmail.trim().toLowerCase(Locale.ROOT);
        this.tenantId = tenantId;
        this.invitationId = invitationId;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getTenantId() {
        return tenantId;
    }

    public Long getInvitationId() {
        return invitationId;
    }
}
