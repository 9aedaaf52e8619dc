package org.partnerfit.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpiredPageReloadTest {

    @Test
    void thePageReloadedIsTheOneTheFormWasOnAndAlwaysThisApplications() {
        assertEquals("/client/assessment.xhtml?id=7&firm=12",
                ExpiredPageReload.samePage("http://localhost:8080/client/assessment.xhtml?id=7&firm=12", "", "/client/assessment.xhtml"));
        assertEquals("/portal/client/queue.xhtml",
                ExpiredPageReload.samePage("https://pf.example/portal/client/queue.xhtml", "/portal", "/portal/client/queue.xhtml"));
        // Another application's page, an address that is none, or none at all: the address posted to.
        for (String referer : new String[] {"https://pf.example/other/page.xhtml", "http://x/%zz bad", null, "//evil.example/a",
                "http://h//evil.example/a"}) {
            assertEquals("/portal/client/queue.xhtml", ExpiredPageReload.samePage(referer, "/portal", "/portal/client/queue.xhtml"), referer);
        }
        assertEquals("/client/y.xhtml", ExpiredPageReload.samePage("http://h//evil.example/a", "", "/client/y.xhtml"),
                "a path the browser would read as another host");
        assertEquals("/client/assessment.xhtml?id=7", ExpiredPageReload.samePage(null, "", "/client/assessment.xhtml?id=7"),
                "without a Referer, the address posted to, query and all");
        // Only the path and query are taken, so a Referer naming another host still lands here.
        assertEquals("/client/x.xhtml", ExpiredPageReload.samePage("https://evil.example/client/x.xhtml", "", "/client/y.xhtml"));
    }
}
