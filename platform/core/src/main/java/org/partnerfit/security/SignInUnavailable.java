package org.partnerfit.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page shown instead of the sign-in when the identity provider does not answer: what
 * happened, that nothing is lost, and a reload every 15 seconds so the user is signed in as soon
 * as the provider is back. Self-contained (no Faces): it must work when little else does.
 */
final class SignInUnavailable {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="UTF-8"><meta http-equiv="refresh" content="15">
            <title>PartnerFit — sign-in unavailable</title>
            <style>body{font-family:sans-serif;max-width:40rem;margin:4rem auto;color:#333}h1{font-size:1.4rem}</style></head>
            <body>
            <h1 id="error-title">Sign-in is unavailable right now</h1>
            <p>PartnerFit cannot reach its sign-in service. Nothing you saved is lost.
            This page tries again every 15 seconds and signs you in as soon as the service is back.</p>
            <h1 lang="zh-CN">暂时无法登录</h1>
            <p lang="zh-CN">PartnerFit 无法连接登录服务。您已保存的内容不会丢失。本页面每 15 秒自动重试，服务恢复后即可登录。</p>
            </body></html>
            """;

    private SignInUnavailable() {
    }

    static void write(HttpServletResponse response) throws IOException {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "15");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
