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

    /** Records that this organisation's admin gave out the account of that address (again, if it was made anew). */
    public void issued(String email, TenantId tenant) {
        Optional<PartnerAccount> known = find(email);
        if (known.isPresent()) {
            known.get().reissue(tenant.value());
        } else {
            em.persist(new PartnerAccount(email, tenant.value()));
        }
    }

    /** The organisation that gave out the account of that address, if a client admin did. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> issuer(String email) {
        return find(email).map(PartnerAccount::getIssuedBy);
    }

    private Optional<PartnerAccount> find(String email) {
        return em.createNamedQuery("PartnerAccount.byEmail", PartnerAccount.class)
                .setParameter("email", email == null ? "" : email.trim().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }
}
