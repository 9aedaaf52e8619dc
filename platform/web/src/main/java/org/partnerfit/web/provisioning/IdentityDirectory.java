package org.partnerfit.web.provisioning;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.partnerfit.security.OidcSettings;

/**
 * The organizations and users in Keycloak, through its admin API, as the
 * {@code partnerfit-provisioning} service account ({@code PARTNERFIT_PROVISIONING_CLIENT_SECRET}).
 * Each method is one step; {@link Provisioning} strings them together and undoes them on failure.
 */
@ApplicationScoped
@ManagedExecutorDefinition(name = IdentityDirectory.READERS, maxAsync = IdentityDirectory.PARALLEL_READS)
public class IdentityDirectory {

    /**
     * Threads every call to Keycloak runs on (the members' roles side by side): fewer than the
     * admin client's 10 pooled connections, so a call never waits for one.
     */
    static final String READERS = "java:app/concurrent/partnerfit-identity-reads";
    static final int PARALLEL_READS = 8;
    /** Most members a search counts; Keycloak counts only all members, so a search's are counted by reading them. */
    static final int SEARCH_LIMIT = 10_000;
    /**
     * How long a call waits for Keycloak, and the admin client's connect and read timeouts: a
     * Keycloak that accepts connections but does not answer (paused, overloaded) would otherwise
     * hold a page, and the thread it calls on, for ever.
     */
    static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private static final String PASSWORD_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ORGANIZATION_PAGE = 500;
    private static final GenericType<List<OrganizationRepresentation>> ORGANIZATIONS = new GenericType<>() { };
    private static final GenericType<List<UserRepresentation>> USERS = new GenericType<>() { };
    private static final GenericType<List<RoleRepresentation>> ROLES = new GenericType<>() { };
    private static final GenericType<Long> COUNT = new GenericType<>(Long.class);

    @Resource(lookup = READERS)
    private ManagedExecutorService readers;

    /** Organization ids by alias. An alias names one organization for good; an id Keycloak no longer knows is dropped. */
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();

    @Inject
    private OidcSettings oidc;

    @Inject
    @ConfigProperty(name = "partnerfit.provisioning.client-id", defaultValue = "partnerfit-provisioning")
    String clientId;

    @Inject
    @ConfigProperty(name = "partnerfit.provisioning.client-secret", defaultValue = "partnerfit-provisioning-dev-secret")
    String clientSecret;

    private Keycloak keycloak;
    private RealmResource realm;
    /** The realm's admin API for plain requests, on the admin client's own HTTP client. */
    private WebTarget admin;

    /*
     * Each resource of the admin client is a proxy that the client builds, by reflection over the
     * resource's interface, every time a method returns it: the users page of a tenant of four
     * members had 26 built, most of its time. So the realm's proxy is built once, and the reads
     * behind the users page go to the REST paths themselves (read()).
     */
    private synchronized Keycloak keycloak() {
        if (keycloak == null) {
            // Keycloak's own client builder, with timeouts: without them a call to a Keycloak that
            // took the connection and never answers holds its thread for ever (patiently() only
            // stops waiting for it).
            Client client = ResteasyClientClassicProvider.createClientBuilder().register(JacksonProvider.class, 100)
                    .connectTimeout(PATIENCE_NANOS, TimeUnit.NANOSECONDS).readTimeout(PATIENCE_NANOS, TimeUnit.NANOSECONDS).build();
            keycloak = KeycloakBuilder.builder().serverUrl(oidc.getServer()).realm(oidc.getRealm()).resteasyClient(client)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(clientSecret).build();
            realm = keycloak.realm(oidc.getRealm());
            admin = client.target(oidc.getServer()).path("admin/realms").path(oidc.getRealm());
        }
        return keycloak;
    }

    private RealmResource realm() {
        keycloak();
        return realm;
    }

    /** A GET below the realm's admin API, as the service account. */
    private <T> T read(GenericType<T> type, UnaryOperator<WebTarget> path) {
        String token = keycloak().tokenManager().getAccessTokenString();
        return path.apply(admin).request(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).get(type);
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** A member as the users page lists them; Serializable, as its view keeps the page shown. */
    public record Member(String id, String username, String email, String name, boolean enabled, List<String> roles)
            implements Serializable {

        /** The role ids, as the users page keeps them beside the roles' names (data-roles). */
        public String roleList() {
            return String.join(", ", roles);
        }
    }

    /**
     * The organization with this alias. Keycloak's search matches names and domains, not aliases,
     * so this looks through the list a page at a time, however many organizations there are.
     */
    public Optional<OrganizationRepresentation> organization(String alias) {
        // Each page has its own patience: a scan of thousands of organizations is not one call.
        return firstMatching((first, max) -> patiently(() -> read(ORGANIZATIONS, t -> t.path("organizations")
                .queryParam("first", first).queryParam("max", max))), ORGANIZATION_PAGE, o -> alias.equals(o.getAlias()));
    }

    /** The first item that matches, reading pages of {@code size} until one is found or a page comes back short. */
    static <T> Optional<T> firstMatching(BiFunction<Integer, Integer, List<T>> page, int size, Predicate<T> match) {
        for (int first = 0; ; first += size) {
            List<T> items = page.apply(first, size);
            Optional<T> found = items.stream().filter(match).findFirst();
            if (found.isPresent() || items.size() < size) {
                return found;
            }
        }
    }

    public boolean organizationNamed(String name) {
        return patiently(() -> realm().organizations().search(name, true, 0, 10).stream().anyMatch(o -> name.equalsIgnoreCase(o.getName())));
    }

    /** Creates an organization and returns its id. */
    public String createOrganization(String alias, String name) {
        OrganizationRepresentation org = new OrganizationRepresentation();
        org.setAlias(alias);
        org.setName(name);
        org.setEnabled(true);
        return patiently(() -> {
            try (Response response = realm().organizations().create(org)) {
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    public void deleteOrganization(String id) {
        patiently(() -> {
            try (Response ignored = realm().organizations().get(id).delete()) {
                return null; // 204 or 404: either way it is gone
            }
        });
    }

    public Optional<UserRepresentation> userByEmail(String email) {
        return patiently(() -> realm().users().searchByEmail(email, true).stream().findFirst());
    }

    /**
     * Creates an enabled user with a one-time password they must change at first sign-in; returns
     * id and password. {@code emailVerified}: whether the address counts as verified, which is
     * never so for a partner contact's account that a client admin gives out (PartnerGrants).
     */
    public String[] createUser(String email, String firstName, String lastName, String role, boolean emailVerified) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        user.setEmailVerified(emailVerified);
        String password = oneTimePassword();
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(true);
        user.setCredentials(List.of(credential));
        String id = patiently(() -> {
            try (Response response = realm().users().create(user)) {
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
        patiently(() -> {
            realm().users().get(id).roles().realmLevel().add(List.of(realm().roles().get(role).toRepresentation()));
            return null;
        });
        return new String[] {id, password};
    }

    public void deleteUser(String id) {
        patiently(() -> {
            try (Response ignored = realm().users().delete(id)) {
                return null; // 204 or 404: either way it is gone
            }
        });
    }

    public void addMember(String organizationId, String userId) {
        patiently(() -> {
            try (Response response = realm().organizations().get(organizationId).members().addMember(userId)) {
                if (response.getStatus() >= 300) {
                    throw new IllegalStateException("Keycloak refused the membership: HTTP " + response.getStatus());
                }
                return null;
            }
        });
    }

    /** The id of the organization with this alias, kept after the first lookup (which lists every organization). */
    public Optional<String> organizationId(String alias) {
        String known = organizationIds.get(alias);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> found = organization(alias).map(OrganizationRepresentation::getId);
        found.ifPresent(id -> organizationIds.put(alias, id));
        return found;
    }

    /** Drops a kept organization id, after Keycloak answered that it does not know it (deleted there). */
    public void forgetOrganization(String alias) {
        organizationIds.remove(alias);
    }

    /** How many members the organization has; with a search, how many match it (name, username or e-mail). */
    public int memberCount(String organizationId, String search) {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        if (search == null || search.isBlank()) {
            return within(() -> read(COUNT, t -> membersOf(t, organizationId).path("count")), deadline).intValue();
        }
        return within(() -> read(USERS, t -> matching(membersOf(t, organizationId), search).queryParam("briefRepresentation", true)
                .queryParam("first", 0).queryParam("max", SEARCH_LIMIT)), deadline).size();
    }

    /** One page of the organization's members (of those matching the search, if any), in Keycloak's order, with their roles. */
    public List<Member> members(String organizationId, String search, int first, int max) {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        List<UserRepresentation> users = within(() -> read(USERS, t -> matching(membersOf(t, organizationId), search)
                .queryParam("first", first).queryParam("max", max)), deadline);
        // Roles that come through groups and composites count, so each member's are one call: made side by side.
        List<Future<List<String>>> roles = users.stream().map(u -> readers.submit(() -> roleNames(u.getId()))).toList();
        List<Member> members = new java.util.ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            UserRepresentation u = users.get(i);
            members.add(new Member(u.getId(), u.getUsername(), u.getEmail(),
                    ((u.getFirstName() == null ? "" : u.getFirstName()) + " " + (u.getLastName() == null ? "" : u.getLastName())).trim(),
                    Boolean.TRUE.equals(u.isEnabled()), result(roles.get(i), deadline)));
        }
        return members;
    }

    private static WebTarget membersOf(WebTarget realm, String organizationId) {
        return realm.path("organizations").path(organizationId).path("members");
    }

    /** The members matching the search (Keycloak looks in names, username and e-mail); all for none. */
    private static WebTarget matching(WebTarget members, String search) {
        return search == null || search.isBlank() ? members : members.queryParam("search", search.strip());
    }

    /**
     * A call to Keycloak on the reader threads, given up after {@link #PATIENCE_NANOS}: a Keycloak
     * that takes the connection and does not answer would otherwise hold the page, and a write
     * (an account made or switched off) with it, for as long as it is away. A write given up on
     * may still have been done: Provisioning's undo steps find what they undo by its name.
     */
    private <T> T patiently(Callable<T> call) {
        return within(call, System.nanoTime() + PATIENCE_NANOS);
    }

    /** A call on the reader threads, waited for until the deadline (System.nanoTime()). */
    private <T> T within(Callable<T> read, long deadline) {
        return result(readers.submit(read), deadline);
    }

    private static <T> T result(Future<T> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IdentityProviderUnavailableException("Keycloak did not answer within "
                    + TimeUnit.NANOSECONDS.toSeconds(PATIENCE_NANOS) + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderUnavailableException("Interrupted while waiting for Keycloak", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProcessingException unreachable) {
                throw new IdentityProviderUnavailableException("Keycloak cannot be reached: " + unreachable.getMessage(), unreachable);
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The realm roles a user has, directly or through groups and composites; Keycloak's built-in ones left out. */
    private List<String> roleNames(String userId) {
        try {
            return read(ROLES, t -> t.path("users").path(userId).path("role-mappings/realm/composite")).stream()
                    .map(RoleRepresentation::getName)
                    .filter(n -> !n.startsWith("default-") && !n.equals("offline_access") && !n.equals("uma_authorization"))
                    .sorted().toList();
        } catch (jakarta.ws.rs.NotFoundException deletedMeanwhile) {
            return List.of();
        }
    }

    /** The username of a member of the organization, or empty when the user is not one (or does not exist). */
    public Optional<String> memberUsername(String organizationId, String userId) {
        return patiently(() -> {
            try {
                return Optional.ofNullable(realm().organizations().get(organizationId).members().member(userId)
                        .toRepresentation().getUsername());
            } catch (jakarta.ws.rs.NotFoundException notAMember) {
                return Optional.empty();
            }
        });
    }

    /** How many organizations a member of this one belongs to, this one included. */
    public int organizationsOfMember(String organizationId, String userId) {
        return patiently(() -> {
            try {
                return realm().organizations().get(organizationId).members().member(userId).getOrganizations(true).size();
            } catch (jakarta.ws.rs.NotFoundException deletedMeanwhile) {
                throw new org.partnerfit.shared.NotFoundException("No such member.");
            }
        });
    }

    public void setEnabled(String userId, boolean enabled) {
        patiently(() -> {
            try {
                UserRepresentation user = realm().users().get(userId).toRepresentation();
                user.setEnabled(enabled);
                realm().users().get(userId).update(user);
                return null;
            } catch (jakarta.ws.rs.NotFoundException deletedMeanwhile) {
                throw new org.partnerfit.shared.NotFoundException("No such member.");
            }
        });
    }

    private static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_CHARACTERS.charAt(RANDOM.nextInt(PASSWORD_CHARACTERS.length())));
        }
        return password.toString();
    }
}
