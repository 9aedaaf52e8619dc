package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Drives an assessment through the REST API as far as a test needs it — criterion switched on,
 * created, a firm invited, opened, evidence sent — failing with the response body when a step is
 * refused.
 */
final class Workflow {

    /** A criterion with an evidence question (a PDF or Word strategy document). */
    static final String EVIDENCE_CRITERION = "talent-retention";
    static final String EVIDENCE_QUESTION = "retentionStrategyDocument";
    /** Every required question of that criterion answered, as the body of a PUT …/answers. */
    static final String EVIDENCE_CRITERION_ANSWERS = "{\"values\":{\"attritionPercent\":[\"12\"],\"medianTenureYears\":[\"3.5\"],"
            + "\"beyondThreeYearsPercent\":[\"40\"],\"backfillWeeks\":[\"6\"],\"announcesDepartures\":[\"yes\"],"
            + "\"retentionStrategy\":[\"yes\"],\"interviewLongTenured\":[\"yes\"]}}";
    static final String NORTHWIND_FIRM = "Northwind Engineering";
    static final String NORTHWIND_EMAIL = "contact@northwind.test";
    static final byte[] PDF = "%PDF-1.4\n% PartnerFit test evidence\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private Workflow() {
    }

    static void switchOn(String admin, String pluginId) {
        HttpResponse<String> r = Api.json("PUT", "criteria/" + pluginId, admin, "{\"enabled\":true}");
        assertEquals(200, r.statusCode(), r.body());
    }

    /** A draft due in 30 days; {@code weights} is a JSON object such as {@code {"culture-fit":100}}. */
    static long create(String admin, String name, String weights) {
        HttpResponse<String> r = Api.json("POST", "assessments", admin, "{\"name\":\"" + name + "\",\"description\":\"Made by a test.\","
                + "\"dueDate\":\"" + LocalDate.now().plusDays(30) + "\",\"weights\":" + weights + "}");
        assertEquals(201, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static long invite(String admin, long assessment, String firm, String email) {
        HttpResponse<String> r = Api.json("POST", "assessments/" + assessment + "/invitations", admin,
                "{\"firmName\":\"" + firm + "\",\"contactEmail\":\"" + email + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return Api.id(r, "invitationId");
    }

    static void open(String admin, long assessment) {
        HttpResponse<String> r = Api.json("POST", "assessments/" + assessment + "/open", admin, null);
        assertEquals(204, r.statusCode(), r.body());
    }

    static HttpResponse<String> upload(String partner, long invitation, String fileName, byte[] content) {
        return Api.send(Api.request("partner/invitations/" + invitation + "/evidence?criterion=" + EVIDENCE_CRITERION
                        + "&question=" + EVIDENCE_QUESTION + "&fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8), partner)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    /** Northwind's PDF for the evidence question; its id. */
    static long uploadPdf(String partner, long invitation) {
        HttpResponse<String> r = upload(partner, invitation, "retention strategy.pdf", PDF);
        assertEquals(201, r.statusCode(), r.body());
        return Api.id(r, "id");
    }
}
