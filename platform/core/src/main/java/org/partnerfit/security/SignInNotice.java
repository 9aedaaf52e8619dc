package org.partnerfit.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages shown instead of a sign-in that cannot happen: what went wrong, that nothing is
 * lost, and the way on. Self-contained (no Faces): they must work when little else does. They
 * name an empty icon, so the browser asks for no {@code /favicon.ico}, which would start a sign-in.
 */
enum SignInNotice {

    /** The identity provider does not answer: reload every 15 seconds until it does. */
    UNAVAILABLE(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "<meta http-equiv=\"refresh\" content=\"15\">",
            "Sign-in is unavailable right now",
            "PartnerFit cannot reach its sign-in service. Nothing you saved is lost. This page tries again every"
                    + " 15 seconds and signs you in as soon as the service is back.",
            "暂时无法登录",
            "PartnerFit 无法连接登录服务。您已保存的内容不会丢失。本页面每 15 秒自动重试，服务恢复后即可登录。"),

    /** The provider sent the browser back with an error, or with an answer this session did not ask for. */
    FAILED(HttpServletResponse.SC_BAD_REQUEST, "",
            "Sign-in did not complete",
            "The sign-in was cancelled, took too long or came from another browser window. Nothing you saved is lost."
                    + " <a id=\"sign-in-again\" href=\"%s\">Sign in again</a>.",
            "登录未完成",
            "登录已取消、超时或来自其他浏览器窗口。您已保存的内容不会丢失。<a href=\"%s\">重新登录</a>。");

    private final int status;
    private final String head;
    private final String title;
    private final String text;
    private final String titleZh;
    private final String textZh;

    SignInNotice(int status, String head, String title, String text, String titleZh, String textZh) {
        this.status = status;
        this.head = head;
        this.title = title;
        this.text = text;
        this.titleZh = titleZh;
        this.textZh = textZh;
    }

    /** Writes the page; {@code startUrl} (already safe for HTML) fills the "sign in again" links. */
    void write(HttpServletResponse response, String startUrl) throws IOException {
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"><link rel="icon" href="data:,">%s
                <title>PartnerFit — %s</title>
                <style>body{font-family:sans-serif;max-width:40rem;margin:4rem auto;color:#333}h1{font-size:1.4rem}</style></head>
                <body>
                <h1 id="error-title">%s</h1>
                <p>%s</p>
                <h1 lang="zh-CN">%s</h1>
                <p lang="zh-CN">%s</p>
                </body></html>
                """.formatted(head, title, title, text.formatted(startUrl), titleZh, textZh.formatted(startUrl));
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        if (this == UNAVAILABLE) {
            response.setHeader("Retry-After", "15");
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
