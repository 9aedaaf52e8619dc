package org.partnerfit.web.provisioning;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.shared.EmailAddresses;
import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.NotFoundException;
import org.partnerfit.assessment.application.PartnerAccounts;
import org.partnerfit.shared.Wording;
import org.partnerfit.web.security.Roles;
import org.partnerfit.tenancy.application.TenantDirectory;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * Creates tenants and users across Keycloak and the database as one piece: before each step runs,
 * its undo is registered, finding what the step made by its alias or address (a step Keycloak did
 * not confirm in time may still have been done); when a step fails, the steps so far are undone
 * in reverse. The message then says what failed, and what could not be undone if anything.
 */
@ApplicationScoped
public class Provisioning {

    private static final Logger LOG = Logger.getLogger(Provisioning.class.getName());
    static final Set<String> INVITABLE_ROLES = Set.of("client-admin", "assessor", "client-evaluator", "partner");

    @Inject
    private IdentityDirectory identities;

    @EJB
    private TenantDirectory tenants;

    @EJB
    private AuditTrail audit;

    @EJB
    private PartnerAccounts accounts;

    /** A new account: who, and the password they must change at first sign-in, shown once. */
    public record NewAccount(String username, String oneTimePassword) {
    }

    /** Creates a client organisation (Keycloak organization and tenant) with its first client admin. */
    public NewAccount createTenant(String alias, String name, String adminEmail, String firstName, String lastName) {
        TenantId tenant;
        try {
            tenant = new TenantId(alias == null ? "" : alias.trim());
        } catch (IllegalArgumentException e) {
            throw new ProvisioningException(Wording.of("provisioning.aliasFormat"));
        }
        requireText(name, "name");
        for (String[] named : new String[][] {{firstName, "firstName"}, {lastName, "lastName"}}) {
            if (named[0] != null && !named[0].isBlank()) {   // the first admin's name may be left for them to give
                requireName(named[0], named[1]);
            }
        }
        String email = email(adminEmail);
        if (identities.organization(tenant.value()).isPresent() || tenants.find(tenant).isPresent()) {
            throw new ProvisioningException(Wording.of("provisioning.aliasTaken", tenant));
        }
        if (identities.organizationNamed(name.trim())) {
            throw new ProvisioningException(Wording.of("provisioning.nameTaken", name.trim()));
        }
        if (identities.userByEmail(email).isPresent()) {
            throw new ProvisioningException(Wording.of("provisioning.accountExists", email));
        }
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            String organization = created(undo, () -> identities.organization(tenant.value()).ifPresent(o -> identities.deleteOrganization(o.getId())),
                    () -> identities.createOrganization(tenant.value(), name.trim()));
            String[] user = created(undo, () -> identities.userByEmail(email).ifPresent(u -> identities.deleteUser(u.getId())),
                    () -> identities.createUser(email, firstName, lastName, "client-admin", true));
            identities.addMember(organization, user[0]);
            tenants.create(tenant, name.trim(), email);
            return new NewAccount(email, user[1]);
        } catch (RuntimeException e) {
            throw rollBack(undo, Wording.of("provisioning.creatingOrganisation", tenant), tenant, e);
        }
    }

    /** Creates a user in a client organisation: a member with a role, or a partner firm's contact. */
    public NewAccount invite(TenantId tenant, String email, String firstName, String lastName, String role) {
        if (!INVITABLE_ROLES.contains(role)) {
            throw new ProvisioningException(Wording.of("provisioning.chooseRole", INVITABLE_ROLES));
        }
        String address = email(email);
        requireName(firstName, "firstName");
        requireName(lastName, "lastName");
        String organization = identities.organizationId(tenant.value())
                .orElseThrow(() -> new ProvisioningException(Wording.of("provisioning.noOrganisation", tenant)));
        if (identities.userByEmail(address).isPresent()) {
            throw new ProvisioningException(Wording.of("provisioning.accountExists", address));
        }
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            // A partner contact's address is the key to every organisation's invitations, and this
            // admin saw the password: the account stands for this organisation only until its owner
            // has the address verified (PartnerAccounts, PartnerGrants).
            boolean partner = role.equals(Roles.PARTNER);
            String[] user = created(undo, () -> identities.userByEmail(address).ifPresent(u -> identities.deleteUser(u.getId())),
                    () -> identities.createUser(address, firstName.trim(), lastName.trim(), role, !partner));
            if (partner) {
                // Left behind if a later step fails and the account is deleted: it names only that account's id.
                accounts.issued(address, user[0], tenant);
            } else {
                identities.addMember(organization, user[0]);
            }
            audit.record(AuditAction.USER_PROVISIONED, tenant, address, "role " + role);
            return new NewAccount(address, user[1]);
        } catch (RuntimeException e) {
            throw rollBack(undo, Wording.of("provisioning.creatingAccount", address), tenant, e);
        }
    }

    /** Deletes an account just given out, when the invitation it was made for was refused. */
    public void withdraw(TenantId tenant, NewAccount account) {
        identities.userByEmail(account.username()).ifPresent(u -> identities.deleteUser(u.getId()));
        audit.record(AuditAction.PROVISIONING_FAILED, tenant, account.username(),
                "the invitation the account was made for was refused, so the account was deleted");
    }

    /**
     * Whether this organisation's invitations to an existing account stay hidden from it until an
     * operator verifies its address: it is unverified, and not an account this organisation gave out.
     */
    public boolean hiddenUntilVerified(TenantId tenant, String email) {
        String address = email(email);
        return identities.userByEmail(address).filter(u -> !Boolean.TRUE.equals(u.isEmailVerified()))
                .filter(u -> accounts.issued(address).filter(a -> a.issuedTo(u.getId(), tenant.value())).isEmpty()).isPresent();
    }

    /** Whether someone with this email can sign in already (a partner contact invited before, say). */
    public boolean hasAccount(String email) {
        return identities.userByEmail(email(email)).isPresent();
    }

    /** How many members the tenant's organization has; with a search, how many match it. */
    public int memberCount(TenantId tenant, String search) {
        return inOrganization(tenant, id -> identities.memberCount(id, search), 0);
    }

    /** One page of the tenant's members (of those matching the search, if any), with their roles. */
    public List<IdentityDirectory.Member> members(TenantId tenant, String search, int first, int max) {
        return inOrganization(tenant, id -> identities.members(id, search, first, max), List.of());
    }

    /** A read of the tenant's organization by its kept id; once more with a fresh id if Keycloak no longer knows that one. */
    private <T> T inOrganization(TenantId tenant, Function<String, T> read, T none) {
        for (int attempt = 0; ; attempt++) {
            Optional<String> id = identities.organizationId(tenant.value());
            if (id.isEmpty()) {
                return none;
            }
            try {
                return read.apply(id.get());
            } catch (jakarta.ws.rs.NotFoundException unknownId) {
                identities.forgetOrganization(tenant.value());
                if (attempt == 1) {
                    return none;
                }
            }
        }
    }

    /**
     * Disables or re-enables a member of the tenant's organization; anybody else is not found. The
     * account is the person's in every organisation, so a member of other organisations too is
     * left to the operators: one client's admin must not lock them out of another client.
     */
    public void setEnabled(TenantId tenant, String userId, boolean enabled) {
        String organization = identities.organizationId(tenant.value())
                .orElseThrow(() -> new NotFoundException("No such member."));
        String username = identities.memberUsername(organization, userId).orElseThrow(() -> new NotFoundException("No such member."));
        if (identities.organizationsOfMember(organization, userId) > 1) {
            throw new ProvisioningException(Wording.of(enabled ? "provisioning.sharedAccountOn" : "provisioning.sharedAccountOff", username));
        }
        identities.setEnabled(userId, enabled);
        audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, tenant, username, null);
    }

    /**
     * Runs a creation with its undo in place first, finding what it made by its alias or address: a
     * creation Keycloak did not confirm in time may still have been done, or half done (an account
     * without its role yet). One Keycloak refused as a conflict (the same alias or address made
     * meanwhile by someone else) made nothing of ours, and what is there is not ours to undo.
     */
    private static <T> T created(Deque<Runnable> undo, Runnable undoByName, java.util.function.Supplier<T> creation) {
        undo.push(undoByName);
        try {
            return creation.get();
        } catch (jakarta.ws.rs.WebApplicationException refused) {
            if (refused.getResponse() != null && refused.getResponse().getStatus() == 409) {
                undo.pop();
            }
            throw refused;
        }
    }

    private ProvisioningException rollBack(Deque<Runnable> undo, Wording what, TenantId tenant, RuntimeException cause) {
        List<String> leftovers = new java.util.ArrayList<>();
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException e) {
                leftovers.add(e.toString());
            }
        }
        LOG.log(Level.WARNING, what.english() + " failed and was undone", cause);
        audit.record(AuditAction.PROVISIONING_FAILED, tenant, what.english(), cause + (leftovers.isEmpty() ? "" : "; could not undo: " + leftovers));
        // Keycloak's own words stay in the log and the audit trail: the page says it in the reader's language.
        Wording why = cause instanceof InvalidInputException refused ? refused.summary()
                : cause instanceof IdentityProviderUnavailableException ? Wording.of("provisioning.idpUnavailable")
                : Wording.of("provisioning.stepRefused");
        return new ProvisioningException(leftovers.isEmpty()
                ? Wording.of("provisioning.failedUndone", what, why)
                : Wording.of("provisioning.failedLeftovers", what, why, leftovers.size()), cause);
    }

    private static String email(String email) {
        String address = email == null ? "" : EmailAddresses.cleaned(email).toLowerCase(Locale.ROOT);
        if (!EmailAddresses.wellFormed(address)) {
            throw new ProvisioningException(Wording.of("provisioning.notAnEmail", email == null ? "" : email));
        }
        if (!EmailAddresses.deliverable(address)) {
            throw new ProvisioningException(EmailAddresses.undeliverableProblem(address));
        }
        return address;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ProvisioningException(Wording.of("provisioning.required", Wording.of("field." + field)));
        }
    }

    /**
     * Characters Keycloak's user profile refuses in a first or last name: found here, the page
     * names the field and the characters; found by Keycloak, all it says is that a step failed.
     */
    private static final String NOT_IN_A_NAME = "<>&\"$%!#?§;*~/\\|^=[]{}()";

    private static void requireName(String value, String field) {
        requireText(value, field);
        if (value.chars().anyMatch(c -> NOT_IN_A_NAME.indexOf(c) >= 0)) {
            throw new ProvisioningException(Wording.of("provisioning.nameCharacters", Wording.of("field." + field), NOT_IN_A_NAME));
        }
    }
}
