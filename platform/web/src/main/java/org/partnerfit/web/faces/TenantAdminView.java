package org.partnerfit.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.tenancy.application.TenantDirectory;
import org.partnerfit.tenancy.domain.Tenant;
import org.partnerfit.web.provisioning.IdentityProviderUnavailableException;
import org.partnerfit.web.provisioning.Provisioning;
import org.partnerfit.web.provisioning.ProvisioningException;

/** The operator's list of client organisations, and the form that creates one with its first admin. */
@Named
@ViewScoped
public class TenantAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TenantDirectory tenants;

    @Inject
    private Provisioning provisioning;

    private String alias;
    private String name;
    private String adminEmail;
    private String firstName;
    private String lastName;
    private Provisioning.NewAccount created;

    public List<Tenant> getTenants() {
        return tenants.all();
    }

    public void create() {
        created = null;
        try {
            created = provisioning.createTenant(alias, name, adminEmail, firstName, lastName);
            FacesResponses.info(FacesResponses.text("tenants.created") + " " + alias);
            alias = name = adminEmail = firstName = lastName = null;
        } catch (ProvisioningException e) {
            FacesResponses.error(e.message(FacesResponses.locale()), Map.of());
        } catch (IdentityProviderUnavailableException e) {
            FacesResponses.error(FacesResponses.text("provisioning.directoryDown"), Map.of());
        }
    }

    public Provisioning.NewAccount getCreated() {
        return created;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
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
}
