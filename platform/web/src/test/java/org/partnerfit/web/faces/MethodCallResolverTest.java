package org.partnerfit.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;

import org.junit.jupiter.api.Test;

class MethodCallResolverTest {

    public record Firm(String name, int size) {
        public String shout() {
            throw new IllegalStateException("no shouting");
        }

        public String greet(String whom, long times) {
            return ("hello " + whom + " ").repeat((int) times).trim();
        }

        public String pick(String one) {
            return one;
        }

        public String pick(Integer one) {
            return "number " + one;
        }

        public String all(String... names) {
            return String.join(",", names);
        }

        public String tag(String name, int times) {
            return name.repeat(times);
        }

        public String tag(String... names) {
            return String.join("+", names);
        }
    }

    record Hidden(String name) {
    }

    public static class Bean {
        public String name() {
            return "bean";
        }
    }

    private final MethodCallResolver resolver = new MethodCallResolver();

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

            /** As EL converts: an enum to its name, a number to the primitive asked for. */
            @Override
            @SuppressWarnings("unchecked")
            public <T> T convertToType(Object obj, Class<T> type) {
                if (type == String.class && obj instanceof Enum<?> constant) {
                    return (T) constant.name();
                }
                if (type == int.class && obj instanceof Number number) {
                    return (T) Integer.valueOf(number.intValue());
                }
                if (type == long.class && obj instanceof Number number) {
                    return (T) Long.valueOf(number.longValue());
                }
                throw new ELException("cannot convert " + obj + " to " + type);
            }
        };
    }

    enum Status { OPEN }

    private Object call(ELContext context, Object base, String method, Object... args) {
        return resolver.invoke(context, base, method, null, args);
    }

    @Test
    void callsAMethodOfAPublicClassOrRecord() {
        ELContext context = context();
        assertEquals("Acme", resolver.invoke(context, new Firm("Acme", 12), "name", null, null));
        assertTrue(context.isPropertyResolved());
        assertEquals(12, call(context(), new Firm("Acme", 12), "size"));
        assertEquals("bean", call(context(), new Bean(), "name"));
        assertEquals("status.OPEN", call(context(), "status.", "concat", "OPEN"));
    }

    @Test
    void passesArgumentsThatAreAlreadyOfTheirParametersTypes() {
        ELContext context = context();
        assertEquals("hello you hello you", call(context, new Firm("Acme", 12), "greet", "you", 2L));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    void convertsOtherArgumentsAsTheContextConvertsThem() {
        ELContext context = context();
        assertEquals("status.OPEN", call(context, "status.", "concat", Status.OPEN));
        assertTrue(context.isPropertyResolved());
        assertEquals("hello you hello you", call(context(), new Firm("Acme", 12), "greet", "you", 2));
        assertEquals("bc", call(context(), "abcdef", "substring", 1L, 3L));
        Object[] args = {1L, 3L};
        resolver.invoke(context(), "abcdef", "substring", null, args);
        assertEquals(Long.class, args[0].getClass(), "the caller's arguments stay as they were");
        assertThrows(ELException.class, () -> call(context(), new Firm("Acme", 12), "greet", "you", "twice"));
    }

    @Test
    void callsAPublicMethodOfAHiddenClassThroughItsPublicInterface() {
        ELContext context = context();
        assertEquals(3, call(context, List.of(1, 2, 3), "size"));
        assertTrue(context.isPropertyResolved());
        assertEquals(1, call(context(), Map.of("a", 1), "size"));
    }

    @Test
    void leavesWhatNeedsTheStandardResolversJudgementToThem() {
        ELContext context = context();
        Firm firm = new Firm("Acme", 12);
        assertNull(call(context, firm, "name", "x"), "wrong arity");
        assertNull(call(context, firm, "noSuchMethod"));
        assertNull(call(context, firm, "pick", "x"), "overloaded");
        assertNull(call(context, firm, "all", "x"), "varargs");
        assertNull(call(context, firm, "tag", "a", "b"), "one method of the arity, but a varargs one EL may choose instead");
        assertNull(call(context, firm, "greet", null, 2L), "a null needs the standard rules");
        assertNull(resolver.invoke(context, firm, "greet", new Class<?>[] {Object.class, long.class}, new Object[] {"you", 2L}),
                "declared parameter types that are not the method's");
        assertNull(call(context, new Hidden("h"), "name"), "a record nobody outside may call");
        assertNull(call(context, new ELClass(Math.class), "getKlass"), "a static call");
        assertNull(call(context, null, "name"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, firm, "name"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void aMethodsOwnFailureComesOutAsItsCause() {
        ELException e = assertThrows(ELException.class, () -> call(context(), new Firm("Acme", 12), "shout"));
        assertSame(IllegalStateException.class, e.getCause().getClass());
    }
}
