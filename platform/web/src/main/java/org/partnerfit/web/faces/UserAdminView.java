package org.partnerfit.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.shared.NotFoundException;
import org.partnerfit.tenancy.domain.TenantId;
import org.partnerfit.web.provisioning.IdentityDirectory;
import org.partnerfit.web.provisioning.IdentityProviderUnavailableException;
import org.partnerfit.web.provisioning.Provisioning;
import org.partnerfit.web.provisioning.ProvisioningException;
import org.partnerfit.web.security.Caller;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A client admin's people: the organisation's members, inviting someone, disabling and re-enabling. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UserAdminView.class.getName());

    @Inject
    private Provisioning provisioning;

    @Inject
    private Caller caller;

    private String email;
    private String firstName;
    private String lastName;
    private String role = "assessor";
    private Provisioning.NewAccount created;
    private transient boolean directoryDown;

    /**
     * The members a page at a time, each page's roles read from Keycloak side by side, so a page
     * costs the same at 30 members as at 3,000 (all of them on one page took 140 ms at 101, see
     * docs/performance.md). The search goes to Keycloak (name, username or e-mail).
     */
    private final LazyDataModel<IdentityDirectory.Member> members = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            directoryDown = false; // each load of the table asks again
            try {
                return caller.tenant().map(t -> provisioning.memberCount(t, search(filterBy))).orElse(0);
            } catch (IdentityProviderUnavailableException e) {
                return unavailable(e, 0);
            }
        }

        @Override
        public List<IdentityDirectory.Member> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                return caller.tenant().map(t -> provisioning.members(t, search(filterBy), first, pageSize)).orElse(List.of());
            } catch (IdentityProviderUnavailableException e) {
                return unavailable(e, List.of());
            }
        }

        @Override
        public String getRowKey(IdentityDirectory.Member member) {
            return member.id();
        }
    };

    public LazyDataModel<IdentityDirectory.Member> getMembers() {
        return members;
    }

    /** Whether Keycloak did not answer this request's reads, so the table shows why it is empty. */
    public boolean isDirectoryDown() {
        return directoryDown;
    }

    private <T> T unavailable(IdentityProviderUnavailableException e, T none) {
        LOG.warning(() -> "People page without its list: " + e.getMessage());
        directoryDown = true;
        return none;
    }

    private static String search(Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
        return global == null || global.getFilterValue() == null ? null : global.getFilterValue().toString();
    }

    public void invite() {
        created = null;
        TenantId tenant = caller.tenant().orElse(null);
        if (tenant == null) {
            return;
        }
        try {
            created = provisioning.invite(tenant, email, firstName, lastName, role);
            FacesResponses.info(FacesResponses.text("users.invited") + " " + created.username());
            email = firstName = lastName = null;
        } catch (ProvisioningException e) {
            FacesResponses.error(e.message(FacesResponses.locale()), Map.of());
        } catch (IdentityProviderUnavailableException e) {
            FacesResponses.error(FacesResponses.text("provisioning.directoryDown"), Map.of());
        }
    }

    public void setEnabled(String userId, boolean enabled) {
        caller.tenant().ifPresent(tenant -> {
            try {
                provisioning.setEnabled(tenant, userId, enabled);
            } catch (NotFoundException e) {
                FacesResponses.notFound();
            } catch (ProvisioningException e) {
                FacesResponses.error(e.message(FacesResponses.locale()), Map.of());
            } catch (IdentityProviderUnavailableException e) {
                FacesResponses.error(FacesResponses.text("users.switchUnknown"), Map.of());
            }
        });
    }

    public Provisioning.NewAccount getCreated() {
        return created;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
