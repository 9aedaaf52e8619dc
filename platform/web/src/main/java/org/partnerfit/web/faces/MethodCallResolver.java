package org.partnerfit.web.faces;

import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;

/**
 * Calls methods from the pages ({@code #{partner.firmName()}}, {@code #{reviewView.whatIfTotal(p)}})
 * through a method looked up once per class, name and number of arguments. EL 5's bean resolver
 * looks every call up again by copying and scanning all public methods of the class: a quarter of
 * the results page's time for record accessors alone, which EL 5 cannot read as properties
 * (measured with infra/bench). A call is taken here only when the answer cannot differ from the
 * standard resolvers': one public method of that name and arity, not varargs, and every argument
 * already of its parameter's type. Overloads, conversions and nulls go on to the standard resolvers.
 */
public class MethodCallResolver extends ELResolver {

    private record Call(Class<?> type, String name, int arity) {
    }

    /** Held by this resolver, not by the classes: an entry for String must not keep a redeployed application. */
    private final Map<Call, Optional<Method>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || base instanceof ELClass || method == null) {
            return null;
        }
        Object[] args = params == null ? new Object[0] : params;
        Optional<Method> found = methods.computeIfAbsent(new Call(base.getClass(), method.toString(), args.length), MethodCallResolver::find);
        if (found.isEmpty() || !fits(found.get(), paramTypes, args)) {
            return null;
        }
        context.setPropertyResolved(base, method);
        try {
            return found.get().invoke(base, args);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    /** The one public method of that name and arity, declared where the caller may call it; else empty. */
    private static Optional<Method> find(Call call) {
        List<Method> candidates = Arrays.stream(call.type().getMethods())
                .filter(m -> m.getName().equals(call.name()) && m.getParameterCount() == call.arity())
                .toList();
        if (candidates.size() != 1 || candidates.get(0).isVarArgs()) {
            return Optional.empty();
        }
        return callable(call.type(), candidates.get(0));
    }

    /**
     * The method as a public, exported type declares it: a public method of a hidden class (an
     * immutable list, say) can only be called through the public interface or superclass it implements.
     */
    private static Optional<Method> callable(Class<?> type, Method method) {
        Deque<Class<?>> types = new ArrayDeque<>(List.of(type));
        while (!types.isEmpty()) {
            Class<?> t = types.pop();
            Optional<Method> declared = open(t) ? declared(t, method) : Optional.empty();
            if (declared.isPresent()) {
                return declared;
            }
            types.addAll(List.of(t.getInterfaces()));
            if (t.getSuperclass() != null) {
                types.add(t.getSuperclass());
            }
        }
        return Optional.empty();
    }

    private static Optional<Method> declared(Class<?> type, Method method) {
        try {
            Method m = type.getMethod(method.getName(), method.getParameterTypes());
            return open(m.getDeclaringClass()) ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static boolean open(Class<?> type) {
        return Modifier.isPublic(type.getModifiers()) && type.getModule().isExported(type.getPackageName());
    }

    /** Whether the standard resolvers would pass these arguments unchanged to this method. */
    private static boolean fits(Method method, Class<?>[] paramTypes, Object[] args) {
        Class<?>[] types = method.getParameterTypes();
        if (paramTypes != null && !Arrays.equals(paramTypes, types)) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null || args[i] instanceof LambdaExpression || !boxed(types[i]).isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> type) {
        return MethodType.methodType(type).wrap().returnType();
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
        // Not this resolver's: it only calls methods; properties go on to the standard resolvers.
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
