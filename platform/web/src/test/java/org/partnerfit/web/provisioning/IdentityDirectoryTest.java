package org.partnerfit.web.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class IdentityDirectoryTest {

    private final List<Integer> asked = new ArrayList<>();

    /** 1,234 organizations, as Keycloak pages them. */
    private List<String> page(int first, int max) {
        asked.add(first);
        return IntStream.range(first, Math.min(first + max, 1_234)).mapToObj(i -> "org-" + i).toList();
    }

    @Test
    void readsOnlyThePagesUpToTheOneThatHasIt() {
        assertEquals(Optional.of("org-1001"), IdentityDirectory.firstMatching(this::page, 500, "org-1001"::equals));
        assertEquals(List.of(0, 500, 1000), asked);
    }

    @Test
    void stopsAtTheFirstShortPageWhenNothingMatches() {
        assertEquals(Optional.empty(), IdentityDirectory.firstMatching(this::page, 500, "org-9999"::equals));
        assertEquals(List.of(0, 500, 1000), asked);
    }

    @Test
    void aFullLastPageCostsOneEmptyReadMore() {
        assertEquals(Optional.empty(), IdentityDirectory.firstMatching(this::page, 617, "org-9999"::equals));
        assertEquals(List.of(0, 617, 1234), asked);
    }
}
