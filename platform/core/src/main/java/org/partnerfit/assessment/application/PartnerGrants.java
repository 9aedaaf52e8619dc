package org.partnerfit.assessment.application;

import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.PartnerGrant;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Answers "may this partner contact enter that invitation, and in which tenant?". Runs outside
 * the caller's transaction so the caller's entity manager can still be bound to the tenant.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PartnerGrants {

    private static final Logger LOG = Logger.getLogger(PartnerGrants.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private org.partnerfit.audit.AuditTrail audit;

    @jakarta.inject.Inject
    private KnownGrants known;

    public List<PartnerGrant> of(String contactEmail) {
        return em.createNamedQuery("PartnerGrant.ofContact", PartnerGrant.class)
                .setParameter("email", normalise(contactEmail)).getResultList();
    }

    /** The tenant of an invitation this contact was granted; not found for anything else. */
    public TenantId tenantOf(String contactEmail, long invitationId) {
        String email = normalise(contactEmail);
        TenantId remembered = known.tenantOf(email, invitationId);
        if (remembered != null) {
            return remembered;
        }
        TenantId tenant = em.createNamedQuery("PartnerGrant.forInvitation", PartnerGrant.class)
                .setParameter("email", email).setParameter("invitation", invitationId)
                .getResultStream().findFirst()
                .map(g -> new TenantId(g.getTenantId()))
                .orElseThrow(() -> {
                    LOG.warning(() -> "Partner contact " + contactEmail + " asked for invitation " + invitationId
                            + " without a grant");
                    audit.record(org.partnerfit.audit.AuditAction.ACCESS_DENIED, null, "invitation " + invitationId, "no grant for " + contactEmail);
                    return new NotFoundException("No such invitation.");
                });
        known.remember(email, invitationId, tenant);
        return tenant;
    }

    private static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
