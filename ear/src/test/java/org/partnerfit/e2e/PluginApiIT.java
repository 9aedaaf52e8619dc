package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The plugin endpoints of the REST API on the deployed EAR, with real bearer tokens. */
class PluginApiIT {

    private static final Path TEMPLATE_JAR = Path.of(System.getProperty("e2e.templateJar", "missing.jar"));

    private static HttpResponse<String> upload(String token, String fileName, byte[] body) {
        return Api.send(Api.request("plugins?fileName=" + fileName, token)
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    @Test
    void anOperatorInstallsListsAndUninstallsThroughTheApi() throws IOException {
        String operator = Api.automationToken();
        HttpResponse<String> list = Api.send(Api.request("plugins", operator).GET().build());
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"id\":\"culture-fit\""), list.body());

        HttpResponse<String> installed = upload(operator, "on-call.jar", Files.readAllBytes(TEMPLATE_JAR));
        assertEquals(201, installed.statusCode(), installed.body());
        assertTrue(installed.body().contains("\"id\":\"on-call-coverage\""), installed.body());

        HttpResponse<String> again = upload(operator, "on-call.jar", Files.readAllBytes(TEMPLATE_JAR));
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("on-call-coverage@1.0.0 is already installed."), again.body());

        HttpResponse<String> notAJar = upload(operator, "notes.txt", "hello".getBytes());
        assertEquals(400, notAJar.statusCode());
        assertTrue(notAJar.body().contains("notes.txt is not a JAR file."), notAJar.body());

        HttpResponse<String> inUse = Api.send(Api.request("plugins/culture-fit/1.0.1", operator).DELETE().build());
        assertEquals(409, inUse.statusCode());
        assertTrue(inUse.body().contains("culture-fit@1.0.1 cannot be uninstalled"), inUse.body());

        assertEquals(204, Api.send(Api.request("plugins/on-call-coverage/1.0.0", operator).DELETE().build()).statusCode());
        assertEquals(404, Api.send(Api.request("plugins/on-call-coverage/1.0.0", operator).GET().build()).statusCode());

        // Gone, the version may come back with the bytes it had, never with others.
        HttpResponse<String> rebuilt = upload(operator, "on-call.jar", withEntry(Files.readAllBytes(TEMPLATE_JAR), "rebuilt.txt"));
        assertEquals(409, rebuilt.statusCode(), rebuilt.body());
        assertTrue(rebuilt.body().contains("on-call-coverage@1.0.0 was installed before with other content"), rebuilt.body());
        assertEquals(201, upload(operator, "on-call.jar", Files.readAllBytes(TEMPLATE_JAR)).statusCode());
        assertEquals(204, Api.send(Api.request("plugins/on-call-coverage/1.0.0", operator).DELETE().build()).statusCode());
    }

    /** The JAR with one more entry: the same plugin and version, other bytes, as a rebuild gives. */
    private static byte[] withEntry(byte[] jar, String name) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(jar));
                java.util.zip.ZipOutputStream copy = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                copy.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(copy);
            }
            copy.putNextEntry(new java.util.zip.ZipEntry(name));
            copy.write(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void onlyOperatorsMayTouchPlugins() {
        assertEquals(401, Api.send(Api.request("plugins", null).GET().build()).statusCode());
        assertEquals(401, Api.send(Api.request("plugins", "not.a.token").GET().build()).statusCode());
        String partner = Api.userToken("northwind-contact");
        assertEquals(403, Api.send(Api.request("plugins", partner).GET().build()).statusCode());
        assertEquals(403, upload(partner, "x.jar", new byte[] {1, 2, 3}).statusCode());
    }

    @Test
    void aClientAdminSeesItsOwnCatalogueOnly() {
        String acme = Api.userToken("acme-admin");
        HttpResponse<String> catalogue = Api.send(Api.request("criteria", acme).GET().build());
        assertEquals(200, catalogue.statusCode(), catalogue.body());
        assertTrue(catalogue.body().contains("\"pluginId\":\"culture-fit\""), catalogue.body());
        HttpResponse<String> foreign = Api.send(Api.request("criteria", acme).header("X-PartnerFit-Tenant", "globex").GET().build());
        assertEquals(403, foreign.statusCode());
    }
}
