package org.partnerfit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An audit trail longer than any page or chunk: the portal pages through it and exports all of it
 * as CSV, the API lists all of it or a page; each organisation sees only its own.
 */
class AuditTrailPortalIT {

    /** More than the 1,000 events the trail once stopped at without a word, and than two export chunks. */
    private static final int EVENTS = 1_030;

    private final long base = 9_000_000_000_000L + System.nanoTime() % 1_000_000 * 10_000;

    @Test
    void aLongTrailIsPagedInThePortalAndExportedWhole() throws Exception {
        String admin = Api.userToken("acme-admin");
        deniedLookups(admin);
        String filter = "audit?action=ACCESS_DENIED&actor=acme-admin";

        // The API: a page with the total, all of it as JSON, all of it as CSV.
        var page = Api.get(filter + "&page=1&size=500", admin);
        assertEquals(200, page.statusCode(), page.body());
        long total = Long.parseLong(page.headers().firstValue("X-Total-Count").orElse("0"));
        assertTrue(total >= EVENTS, "total " + total);
        assertEquals(500, count(page.body(), "\"action\":\"ACCESS_DENIED\""));
        var last = Api.get(filter + "&page=999999&size=500", admin);
        assertEquals(String.valueOf((total + 499) / 500), last.headers().firstValue("X-Page").orElse(""), "past the end is the last page");
        assertEveryLookup(Api.get(filter, admin).body());
        var csv = Api.send(Api.request(filter, admin).header("Accept", "text/csv").GET().build());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("at,actor,tenant,action,subject,detail\r\n"), csv.body().lines().findFirst().orElse(""));
        assertEveryLookup(csv.body());
        for (String wrong : List.of("page=0", "size=501", "page=x&size=10")) {
            var refused = Api.get(filter + "&" + wrong, admin);
            assertEquals(400, refused.statusCode(), wrong);
            assertTrue(refused.body().contains("must be a whole number from 1 to"), refused.body());
        }
        assertEquals(0, lookups(Api.get("audit?action=ACCESS_DENIED", Api.userToken("globex-admin")).body()), "Acme's trail is its own");

        try (Browser browser = new Browser().login("acme-admin")) {
            browser.open("/client/admin/audit.xhtml");
            browser.find(By.id("audit:actor")).sendKeys("acme-admin");
            browser.click(By.id("audit:search"));
            browser.wait(d -> browser.ajaxIdle());
            assertTrue(total(browser) >= EVENTS, report(browser));
            browser.click(By.cssSelector("#audit\\:events .ui-paginator-next"));
            browser.wait(d -> report(browser).startsWith("26–50 / "));
            browser.click(By.cssSelector("#audit\\:events .ui-paginator-last"));
            long shown = total(browser);
            long from = (shown - 1) / 25 * 25 + 1;
            browser.wait(d -> report(browser).equals(from + "–" + shown + " / " + shown));
            // Actions read as words in the page's language; the name the filters and exports use is the title.
            var action = browser.find(By.cssSelector("#audit\\:events .pf-audit-action"));
            assertTrue(action.getAttribute("title").matches("[A-Z_]+"), action.getAttribute("title"));
            assertFalse(action.getText().contains("_"), action.getText());

            // The export takes the filters on screen, applied or not: here an action set last, in the
            // form's own select (clicking the menu's animated overlay proved flaky).
            browser.script("document.getElementById('audit:action_input').value = 'ACCESS_DENIED'");
            String text = new String(browser.download(By.id("audit:export")), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFFat,actor,tenant,action,subject,detail\r\n"), "a BOM for spreadsheets, then the header");
            assertEveryLookup(text);
            assertEquals(List.of(), text.lines().skip(1).filter(line -> !line.contains(",acme-admin,acme,ACCESS_DENIED,")).limit(3).toList(),
                    "only the filtered events");
            var wrongDate = Api.getWithCookies(Browser.BASE_URL + "/files/audit?from=yesterday", browser.cookies());
            assertEquals(400, wrongDate.statusCode());
            assertTrue(new String(wrongDate.body(), StandardCharsets.UTF_8).contains("dates look like 2026-11-25"));
        }
        for (String other : List.of("acme-assessor", "northwind-contact")) {
            try (Browser browser = new Browser().login(other)) {
                assertEquals(404, Api.getWithCookies(Browser.BASE_URL + "/files/audit", browser.cookies()).statusCode(),
                        other + " may not export the trail");
            }
        }
        try (Browser globex = new Browser().login("globex-admin")) {
            var file = Api.getWithCookies(Browser.BASE_URL + "/files/audit?action=ACCESS_DENIED", globex.cookies());
            assertEquals(200, file.statusCode());
            assertEquals(0, lookups(new String(file.body(), StandardCharsets.UTF_8)), "another organisation's export");
        }
    }

    /** Each lookup of an assessment that is not the tenant's leaves an ACCESS_DENIED event with its id. */
    private void deniedLookups(String admin) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                long id = base + i;
                calls.add(callers.submit(() -> Api.get("assessments/" + id, admin).statusCode()));
            }
            for (Future<Integer> call : calls) {
                assertEquals(404, call.get());
            }
        } finally {
            callers.shutdown();
        }
    }

    private void assertEveryLookup(String body) {
        assertEquals(EVENTS, lookups(body), "every one of this run's events");
    }

    /** How many of this run's lookups the body names; each must be named once. */
    private long lookups(String body) {
        Matcher m = Pattern.compile("assessment (" + (base / 10_000) + "\\d{4})(?!\\d)").matcher(body);
        List<String> ids = m.results().map(r -> r.group(1)).toList();
        assertEquals(ids.size(), ids.stream().distinct().count(), "no event twice");
        return ids.size();
    }

    private static String report(Browser browser) {
        return browser.find(By.cssSelector("#audit\\:events .ui-paginator-current")).getText().strip();
    }

    private static long total(Browser browser) {
        String[] parts = report(browser).split(" / ");
        return parts.length == 2 ? Long.parseLong(parts[1].strip()) : -1;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
