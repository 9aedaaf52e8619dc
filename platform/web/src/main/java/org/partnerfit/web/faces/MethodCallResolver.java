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
 * standard resolvers': one public method of that name and arity, not varargs, and no argument
 * null or a lambda. An argument of another type is converted by the context, as the standard
 * resolvers convert it. Overloads, varargs and nulls go on to the standard resolvers.
 */
public class MethodCallResolver extends ELResolver {

    private static final Object[] NO_ARGS = {};

    private record Call(Class<?> type, String name, int arity) {
    }

    /** A method with its parameter types, read once: {@link Method#getParameterTypes()} copies them at every call. */
    private record Target(Method method, Class<?>[] types, Class<?>[] boxedTypes) {

        static Target of(Method method) {
            Class<?>[] types = method.getParameterTypes();
            Class<?>[] boxed = Arrays.stream(types).map(t -> MethodType.methodType(t).wrap().returnType()).toArray(Class<?>[]::new);
            return new Target(method, types, boxed);
        }
    }

    /** Held by this resolver, not by the classes: an entry for String must not keep a redeployed application. */
    private final Map<Call, Optional<Target>> methods = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || base instanceof ELClass || method == null) {
            return null;
        }
        Object[] args = params == null ? NO_ARGS : params;
        Optional<Target> found = methods.computeIfAbsent(new Call(base.getClass(), method.toString(), args.length),
                call -> find(call).map(Target::of));
        if (found.isEmpty() || !fits(found.get(), paramTypes, args)) {
            return null;
        }
        Object[] passed = converted(context, found.get(), args);
        context.setPropertyResolved(base, method);
        try {
            return found.get().method().invoke(base, passed);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    /**
     * The one public method of that name that could take this many arguments (a varargs one that
     * could counts too: EL may choose it), if it is not varargs itself, declared where the caller
     * may call it; else empty.
     */
    private static Optional<Method> find(Call call) {
        List<Method> candidates = Arrays.stream(call.type().getMethods())
                .filter(m -> m.getName().equals(call.name()) && (m.getParameterCount() == call.arity()
                        || m.isVarArgs() && call.arity() >= m.getParameterCount() - 1))
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

    /** Whether the standard resolvers would choose this method for these arguments, none of them null or a lambda. */
    private static boolean fits(Target target, Class<?>[] paramTypes, Object[] args) {
        if (paramTypes != null && !Arrays.equals(paramTypes, target.types())) {
            return false;
        }
        for (Object arg : args) {
            if (arg == null || arg instanceof LambdaExpression) {
                return false;
            }
        }
        return true;
    }

    /**
     * The arguments as the method takes them: each one not yet of its parameter's type (an enum
     * for a String, a Long for an int) converted by the context, as the standard resolvers do.
     */
    private static Object[] converted(ELContext context, Target target, Object[] args) {
        Object[] passed = args;
        for (int i = 0; i < args.length; i++) {
            if (!target.boxedTypes()[i].isInstance(args[i])) {
                if (passed == args) {
                    passed = args.clone();
                }
                passed[i] = context.convertToType(args[i], target.types()[i]);
            }
        }
        return passed;
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
