package org.partnerfit.web.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.partnerfit.assessment.application.PartnerContact;
import org.partnerfit.security.PortalIdentity;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Who is calling, read from the validated tokens: name, email, roles and client organizations.
 * Roles are asked of the servlet request, which is right even on the login callback request.
 */
@Named("caller")
@RequestScoped
public class Caller {

    @Inject
    private HttpServletRequest request;

    @Inject
    private TenantChoice choice;

    public String getName() {
        return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    }

    /** The signed-in user as a partner contact; nobody's address when not signed in. */
    public PartnerContact getContact() {
        return PortalIdentity.of(request).map(PortalIdentity::contact).orElse(new PartnerContact("", false, null));
    }

    public boolean is(String role) {
        return request.isUserInRole(role);
    }

    public boolean isPartner() {
        return is(Roles.PARTNER);
    }

    public boolean isClientUser() {
        return is(Roles.ASSESSOR) || is(Roles.CLIENT_ADMIN) || is(Roles.CLIENT_EVALUATOR);
    }

    public boolean isClientAdmin() {
        return is(Roles.CLIENT_ADMIN);
    }

    public boolean isOperator() {
        return is(Roles.OPERATOR);
    }

    /** The client organizations (aliases) the token says this user belongs to. */
    public List<String> getOrganizations() {
        return PortalIdentity.of(request).map(PortalIdentity::organizations).orElse(List.of());
    }

    /** The tenant this user works in now: their only organization, or the one they picked among theirs. */
    public Optional<TenantId> tenant() {
        List<String> organizations = getOrganizations();
        if (choice.getAlias() != null && organizations.contains(choice.getAlias())) {
            return Optional.of(new TenantId(choice.getAlias()));
        }
        return organizations.size() == 1 ? Optional.of(new TenantId(organizations.get(0))) : Optional.empty();
    }

    public String getTenantAlias() {
        return tenant().map(TenantId::value).orElse(null);
    }

    /**
     * The audit trail this caller may read, as the query made for its tenant (null: every
     * tenant): an operator reads everybody's, a client admin their own organisation's, others none.
     */
    public <T> Optional<T> auditTrail(Function<String, T> queryFor) {
        if (isOperator()) {
            return Optional.of(queryFor.apply(null));
        }
        String own = getTenantAlias();
        return isClientAdmin() && own != null ? Optional.of(queryFor.apply(own)) : Optional.empty();
    }

    /** Picks the active tenant; ignored unless the token lists that organization. */
    public void choose(String alias) {
        if (getOrganizations().contains(alias)) {
            choice.setAlias(alias);
        }
    }
}
