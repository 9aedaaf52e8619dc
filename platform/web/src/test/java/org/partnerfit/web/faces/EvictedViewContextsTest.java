package org.partnerfit.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

class EvictedViewContextsTest {

    private static Map<String, Object> activeViewMaps(String... ids) {
        Map<String, Object> maps = Collections.synchronizedMap(new LinkedHashMap<>());
        for (String id : ids) {
            maps.put(id, new HashMap<>());
        }
        return maps;
    }

    private static Map<String, Map<String, Object>> viewContexts(String... ids) {
        Map<String, Map<String, Object>> contexts = new ConcurrentHashMap<>();
        for (String id : ids) {
            contexts.put(id, new ConcurrentHashMap<>(Map.of("bean", "reviewView")));
        }
        return contexts;
    }

    @Test
    void forgetsTheContextsOfEvictedViewsAndKeepsTheActiveOnes() {
        Map<String, Map<String, Object>> contexts = viewContexts("evicted-1", "active-1", "evicted-2", "active-2");
        EvictedViewContexts.forgetEvicted(activeViewMaps("active-1", "active-2", "active-3"), contexts);
        assertEquals(Set.of("active-1", "active-2"), contexts.keySet());
    }

    @Test
    void leavesAnythingButMojarrasOwnMapsAlone() {
        Map<String, Map<String, Object>> contexts = viewContexts("evicted");
        EvictedViewContexts.forgetEvicted(null, contexts);
        EvictedViewContexts.forgetEvicted("not a map", contexts);
        assertEquals(Set.of("evicted"), contexts.keySet());
        Map<String, Object> plain = new HashMap<>(Map.of("evicted", "x"));
        EvictedViewContexts.forgetEvicted(activeViewMaps(), plain);
        assertEquals(Set.of("evicted"), plain.keySet(), "a map that is not Mojarra's concurrent one is not touched");
        EvictedViewContexts.forgetEvicted(activeViewMaps("a"), null);
    }
}
