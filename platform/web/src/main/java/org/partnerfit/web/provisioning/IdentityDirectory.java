package org.partnerfit.web.provisioning;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.partnerfit.security.OidcSettings;

/**
 * The organizations and users in Keycloak, through its admin API, as the
 * {@code partnerfit-provisioning} service account ({@code PARTNERFIT_PROVISIONING_CLIENT_SECRET}).
 * Each method is one step; {@link Provisioning} strings them together and undoes them on failure.
 */
@ApplicationScoped
public class IdentityDirectory {

    private static final String PASSWORD_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private OidcSettings oidc;

    @Inject
    @ConfigProperty(name = "partnerfit.provisioning.client-id", defaultValue = "partnerfit-provisioning")
    String clientId;

    @Inject
    @ConfigProperty(name = "partnerfit.provisioning.client-secret", defaultValue = "partnerfit-provisioning-dev-secret")
    String clientSecret;

    private Keycloak keycloak;

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder().serverUrl(oidc.getServer()).realm(oidc.getRealm())
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(clientSecret).build();
        }
        return keycloak.realm(oidc.getRealm());
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    public record Member(String id, String username, String email, String name, boolean enabled, List<String> roles) {
    }

    public Optional<OrganizationRepresentation> organization(String alias) {
        // Keycloak's search matches names and domains, not aliases: look through the list.
        return realm().organizations().list(0, 10_000).stream().filter(o -> alias.equals(o.getAlias())).findFirst();
    }

    public boolean organizationNamed(String name) {
        return realm().organizations().search(name, true, 0, 10).stream().anyMatch(o -> name.equalsIgnoreCase(o.getName()));
    }

    /** Creates an organization and returns its id. */
    public String createOrganization(String alias, String name) {
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setAlias(alias);
        org.setName(name);
        org.setEnabled(true);
        try (Response response = realm().organizations().create(org)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    public void deleteOrganization(String id) {
        try (Response ignored = realm().organizations().get(id).delete()) {
            // 204 or 404: either way it is gone
        }
    }

    public Optional<UserRepresentation> userByEmail(String email) {
        return realm().users().searchByEmail(email, true).stream().findFirst();
    }

    /** Creates an enabled user with a one-time password they must change at first login; returns id and password. */
    public String[] createUser(String email, String firstName, String lastName, String role) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(true);
        String password = oneTimePassword();
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        user.setCredentials(List.of(credential));
        String id;
        try (Response response = realm().users().create(user)) {
            id = CreatedResponseUtil.getCreatedId(response);
        }
        realm().users().get(id).roles().realmLevel().add(List.of(realm().roles().get(role).toRepresentation()));
        return new String[] {id, password};
    }

    public void deleteUser(String id) {
        try (Response ignored = realm().users().delete(id)) {
            // 204 or 404: either way it is gone
        }
    }

    public void addMember(String organizationId, String userId) {
        try (Response response = realm().organizations().get(organizationId).members().addMember(userId)) {
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("Keycloak refused the membership: HTTP " + response.getStatus());
            }
        }
    }

    public List<Member> members(String organizationId) {
        return realm().organizations().get(organizationId).members().list(0, 500).stream()
                .map(u -> new Member(u.getId(), u.getUsername(), u.getEmail(),
                        ((u.getFirstName() == null ? "" : u.getFirstName()) + " " + (u.getLastName() == null ? "" : u.getLastName())).trim(),
                        Boolean.TRUE.equals(u.isEnabled()),
                        realm().users().get(u.getId()).roles().realmLevel().listEffective().stream()
                                .map(r -> r.getName()).filter(n -> !n.startsWith("default-") && !n.equals("offline_access")
                                        && !n.equals("uma_authorization")).sorted().toList()))
                .toList();
    }

    /** The username of a member of the organization, or empty when the user is not one (or does not exist). */
    public Optional<String> memberUsername(String organizationId, String userId) {
        try {
            return Optional.ofNullable(realm().organizations().get(organizationId).members().member(userId)
                    .toRepresentation().getUsername());
        } catch (jakarta.ws.rs.NotFoundException notAMember) {
            return Optional.empty();
        }
    }

    public void setEnabled(String userId, boolean enabled) {
        UserRepresentation user = realm().users().get(userId).toRepresentation();
        user.setEnabled(enabled);
        realm().users().get(userId).update(user);
    }

    private static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_CHARACTERS.charAt(RANDOM.nextInt(PASSWORD_CHARACTERS.length())));
        }
        return password.toString();
    }
}
