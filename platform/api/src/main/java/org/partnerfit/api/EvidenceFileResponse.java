package org.partnerfit.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import org.partnerfit.assessment.application.EvidenceDownload;

/**
 * An evidence file as an HTTP download: served as the type its bytes were checked to be, never
 * sniffed, and always as an attachment under its sanitised name (ASCII, and UTF-8 for the rest).
 */
final class EvidenceFileResponse {

    private EvidenceFileResponse() {
    }

    static Response of(EvidenceDownload file) {
        String name = file.info().fileName();
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.info().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
