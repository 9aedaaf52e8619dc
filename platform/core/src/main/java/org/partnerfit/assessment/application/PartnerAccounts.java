package org.partnerfit.assessment.application;

import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.partnerfit.assessment.domain.PartnerAccount;
import org.partnerfit.tenancy.domain.TenantId;

/** Which organisation gave out a partner contact's account (see {@link PartnerAccount}). */
@Stateless
public class PartnerAccounts {

    @PersistenceContext
    private EntityManager em;

    /**
     * Records that this organisation's admin gave out this account (the identity provider's id) of
     * that address; an earlier record of the address, for an account since deleted, gives way.
     */
    public void issued(String email, String accountId, TenantId tenant) {
        Optional<PartnerAccount> known = find(email);
        if (known.isPresent()) {
            known.get().reissue(accountId, tenant.value());
        } else {
            em.persist(new PartnerAccount(email, accountId, tenant.value()));
        }
    }

    /** Who gave out an account of that address, if a client admin did. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<PartnerAccount> issued(String email) {
        return find(email);
    }

    private Optional<PartnerAccount> find(String email) {
        return em.createNamedQuery("PartnerAccount.byEmail", PartnerAccount.class)
                .setParameter("email", email == null ? "" : email.trim().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }
}
