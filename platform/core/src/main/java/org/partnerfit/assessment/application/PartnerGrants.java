package org.partnerfit.assessment.application;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.PartnerAccount;
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

    @EJB
    private PartnerAccounts accounts;

    /** The grants this contact may use, newest invitation first. */
    public List<PartnerGrant> of(PartnerContact contact) {
        List<PartnerGrant> all = em.createNamedQuery("PartnerGrant.ofContact", PartnerGrant.class)
                .setParameter("email", contact.email()).getResultList();
        if (contact.verified()) {
            return all;
        }
        Optional<PartnerAccount> issued = accounts.issued(contact.email());
        return all.stream().filter(g -> visible(g.getTenantId(), contact, issued)).toList();
    }

    /** The tenant of an invitation this contact was granted and may use; not found for anything else. */
    public TenantId tenantOf(PartnerContact contact, long invitationId) {
        String email = contact.email();
        TenantId tenant = known.tenantOf(email, invitationId);
        if (tenant == null) {
            tenant = em.createNamedQuery("PartnerGrant.forInvitation", PartnerGrant.class)
                    .setParameter("email", email).setParameter("invitation", invitationId)
                    .getResultStream().findFirst()
                    .map(g -> new TenantId(g.getTenantId()))
                    .orElseThrow(() -> refused(contact, invitationId, "no grant for " + contact));
            known.remember(email, invitationId, tenant);
        }
        if (!contact.verified() && !visible(tenant.value(), contact, accounts.issued(email))) {
            throw refused(contact, invitationId, "unverified address " + email + ", whose account another organisation gave out");
        }
        return tenant;
    }

    /**
     * Whether a grant of this tenant opens to the contact: always for a verified address; for an
     * unverified one only when the grant's organisation gave out that very account, as its admin
     * could have signed in before the owner. An unverified address of any other account opens
     * nothing: one typed into the account console, say, even where a client once gave out an
     * account of that address.
     */
    static boolean visible(String grantTenant, PartnerContact contact, Optional<PartnerAccount> issued) {
        return contact.verified() || issued.filter(a -> a.issuedTo(contact.account(), grantTenant)).isPresent();
    }

    private NotFoundException refused(PartnerContact contact, long invitationId, String why) {
        LOG.warning(() -> "Partner contact " + contact + " asked for invitation " + invitationId + ": " + why);
        audit.record(org.partnerfit.audit.AuditAction.ACCESS_DENIED, null, "invitation " + invitationId, why);
        return new NotFoundException("No such invitation.");
    }
}
