package org.partnerfit.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.plugin.domain.PluginArtifact;
import org.partnerfit.shared.NotFoundException;

/** The operator's plugin shelf over HTTP: list, install (the JAR as the request body), uninstall. */
@Path("plugins")
@ApplicationScoped
@AllowedRoles("operator")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins", description = "The installed criterion plugins; for operators")
@SecurityRequirement(name = PartnerFitApi.BEARER)
public class PluginResource {

    private static final Logger LOG = Logger.getLogger(PluginResource.class.getName());
    private static final int MAX_JAR_BYTES = 20 * 1024 * 1024;

    @EJB
    private PluginRegistry registry;

    @Inject
    private CallerToken caller;

    public record InstalledPlugin(String id, String version, String sha256, String fileName, Instant installedAt) {
        static InstalledPlugin of(PluginArtifact a) {
            return new InstalledPlugin(a.getPluginId(), a.getPluginVersion(), a.getSha256(), a.getFileName(), a.getInstalledAt());
        }
    }

    @GET
    @Operation(summary = "The installed plugin versions")
    @APIResponse(responseCode = "200", description = "Every installed id@version")
    public List<InstalledPlugin> installed() {
        return registry.installed().stream().map(InstalledPlugin::of).toList();
    }

    /** {@code POST /api/plugins?fileName=x.jar} with the JAR's bytes as the body. */
    @POST
    @Operation(summary = "Install a plugin JAR sent as the body, at most 20 MiB; ?fileName= names it")
    @APIResponse(responseCode = "201", description = "Installed")
    @APIResponse(responseCode = "400", description = "Not a valid plugin JAR, with the reason")
    @APIResponse(responseCode = "409", description = "That id@version is installed already, or was before with other content")
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
    public Response install(@QueryParam("fileName") String fileName, InputStream body) throws IOException {
        String name = fileName == null || fileName.isBlank() ? "upload.jar" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        byte[] content = RequestBodies.read(body, MAX_JAR_BYTES);
        if (content.length > MAX_JAR_BYTES) {
            return ApiErrors.error(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    name + " is larger than " + MAX_JAR_BYTES / 1024 / 1024 + " MiB.", Map.of());
        }
        PluginArtifact artifact = registry.install(content, name);
        LOG.info(() -> caller.getName() + " installed " + artifact.coordinates() + " through the API");
        return Response.created(URI.create("plugins/" + artifact.getPluginId() + "/" + artifact.getPluginVersion()))
                .entity(InstalledPlugin.of(artifact)).build();
    }

    @GET
    @Path("{id}/{version}")
    @Operation(summary = "One installed plugin version")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "Not installed")
    public InstalledPlugin plugin(@PathParam("id") String id, @PathParam("version") String version) {
        return registry.artifact(id, version).map(InstalledPlugin::of)
                .orElseThrow(() -> new NotFoundException(id + "@" + version + " is not installed."));
    }

    @DELETE
    @Path("{id}/{version}")
    @Operation(summary = "Uninstall a plugin version no assessment uses")
    @APIResponse(responseCode = "204", description = "Uninstalled")
    @APIResponse(responseCode = "404", description = "Not installed")
    @APIResponse(responseCode = "409", description = "An assessment uses it")
    public Response uninstall(@PathParam("id") String id, @PathParam("version") String version) {
        if (registry.artifact(id, version).isEmpty()) {
            throw new NotFoundException(id + "@" + version + " is not installed.");
        }
        registry.uninstall(id, version);
        LOG.info(() -> caller.getName() + " uninstalled " + id + "@" + version + " through the API");
        return Response.noContent().build();
    }
}
