package org.partnerfit.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.shared.NotFoundException;
import org.partnerfit.tenancy.domain.TenantId;
import org.partnerfit.web.provisioning.IdentityDirectory;
import org.partnerfit.web.provisioning.Provisioning;
import org.partnerfit.web.provisioning.ProvisioningException;
import org.partnerfit.web.security.Caller;

/** A client admin's people: the organisation's members, inviting someone, disabling and re-enabling. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Provisioning provisioning;

    @Inject
    private Caller caller;

    private String email;
    private String firstName;
    private String lastName;
    private String role = "assessor";
    private Provisioning.NewAccount created;
    private transient List<IdentityDirectory.Member> members;

    public List<IdentityDirectory.Member> getMembers() {
        if (members == null) {
            members = caller.tenant().map(provisioning::members).orElse(List.of());
        }
        return members;
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
            members = null;
        } catch (ProvisioningException e) {
            FacesResponses.error(e.getMessage(), Map.of());
        }
    }

    public void setEnabled(String userId, boolean enabled) {
        caller.tenant().ifPresent(tenant -> {
            try {
                provisioning.setEnabled(tenant, userId, enabled);
            } catch (NotFoundException e) {
                FacesResponses.notFound();
            }
        });
        members = null;
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
