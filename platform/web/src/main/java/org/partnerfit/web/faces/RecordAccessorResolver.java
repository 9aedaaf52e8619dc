package org.partnerfit.web.faces;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

/**
 * Calls a record's accessors from the pages ({@code #{partner.firmName()}}) through a method
 * looked up once per record type and name. EL 5 has no record properties, so the pages call
 * accessors as methods, and its bean resolver looks every such call up again by copying and
 * scanning all public methods of the class: a quarter of the results page's rendering time
 * (measured with infra/bench). Anything else, and calls with arguments, go on to the standard
 * resolvers.
 */
public class RecordAccessorResolver extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (!(base instanceof Record) || method == null || (params != null && params.length > 0)) {
            return null;
        }
        Optional<Method> accessor = ACCESSORS.get(base.getClass()).computeIfAbsent(method.toString(), name -> find(base.getClass(), name));
        if (accessor.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, method);
        try {
            return accessor.get().invoke(base);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    /** A public method without parameters of a public record type, or empty to leave the call to others. */
    private static Optional<Method> find(Class<?> type, String name) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        try {
            return Optional.of(type.getMethod(name));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Not this resolver's: records are read only, and other bases go on to the standard resolvers.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
