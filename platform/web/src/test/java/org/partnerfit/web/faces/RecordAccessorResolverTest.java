package org.partnerfit.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;

import org.junit.jupiter.api.Test;

class RecordAccessorResolverTest {

    public record Firm(String name, int size) {
        public String shout() {
            throw new IllegalStateException("no shouting");
        }
    }

    record Hidden(String name) {
    }

    public static class Bean {
        public String name() {
            return "bean";
        }
    }

    private final RecordAccessorResolver resolver = new RecordAccessorResolver();

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void callsAnAccessorOfAPublicRecord() {
        ELContext context = context();
        assertEquals("Acme", resolver.invoke(context, new Firm("Acme", 12), "name", null, null));
        assertTrue(context.isPropertyResolved());
        ELContext again = context();
        assertEquals(12, resolver.invoke(again, new Firm("Acme", 12), "size", new Class<?>[0], new Object[0]));
        assertTrue(again.isPropertyResolved());
    }

    @Test
    void leavesEverythingElseToTheStandardResolvers() {
        ELContext context = context();
        assertNull(resolver.invoke(context, new Firm("Acme", 12), "name", new Class<?>[] {String.class}, new Object[] {"x"}));
        assertNull(resolver.invoke(context, new Firm("Acme", 12), "noSuchMethod", null, null));
        assertNull(resolver.invoke(context, new Bean(), "name", null, null));
        assertNull(resolver.invoke(context, new Hidden("h"), "name", null, null));
        assertNull(resolver.invoke(context, null, "name", null, null));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, new Firm("Acme", 12), "name"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void anAccessorsOwnFailureComesOutAsItsCause() {
        ELException e = assertThrows(ELException.class, () -> resolver.invoke(context(), new Firm("Acme", 12), "shout", null, null));
        assertSame(IllegalStateException.class, e.getCause().getClass());
    }
}
