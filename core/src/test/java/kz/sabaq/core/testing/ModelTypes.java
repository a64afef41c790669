package kz.sabaq.core.testing;

import com.github.mustachejava.TemplateFunction;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How Mustache.java reads a Java type, for {@link PageModels}: the keys a value of the type has and
 * the scope a section over it opens. A map or a plain {@code Object} could hold any key.
 */
final class ModelTypes {
    private ModelTypes() {
    }

    /** The type of {@code key} on a value of {@code scope}: a record's component or a public getter or field. */
    static Optional<Type> member(Type scope, String key) {
        Class<?> raw = raw(scope);
        if (open(raw)) {
            return Optional.of(Object.class);
        }
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                if (c.getName().equals(key)) {
                    return Optional.of(c.getGenericType());
                }
            }
        }
        String capital = key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
        for (String name : new String[] {key, "get" + capital, "is" + capital}) {
            for (Method m : raw.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 0 && m.getDeclaringClass() != Object.class) {
                    return Optional.of(m.getGenericReturnType());
                }
            }
        }
        for (Field f : raw.getFields()) {
            if (f.getName().equals(key) && !Modifier.isStatic(f.getModifiers())) {
                return Optional.of(f.getGenericType());
            }
        }
        return Optional.empty();
    }

    /**
     * The scope a section {@code {{#key}}} over a value of {@code type} opens, or empty where it keeps the
     * current one: a boolean, a function such as {@code t}. A list or an optional opens its element.
     */
    static Optional<Type> sectionScope(Type type) {
        Class<?> raw = raw(type);
        if (raw == boolean.class || raw == Boolean.class || Function.class.isAssignableFrom(raw)
                || TemplateFunction.class.isAssignableFrom(raw)) {
            return Optional.empty();
        }
        if (Iterable.class.isAssignableFrom(raw) || raw == Optional.class) {
            return Optional.of(argument(type));
        }
        if (raw.isArray()) {
            return Optional.of(type instanceof GenericArrayType array ? array.getGenericComponentType()
                    : raw.getComponentType());
        }
        return Optional.of(type);
    }

    /** What a dotted key goes on into: an optional's value. */
    static Type unwrapped(Type type) {
        return raw(type) == Optional.class ? argument(type) : type;
    }

    static String describe(Type type) {
        Class<?> raw = raw(type);
        return raw.getEnclosingClass() == null ? raw.getSimpleName()
                : raw.getEnclosingClass().getSimpleName() + "." + raw.getSimpleName();
    }

    private static boolean open(Class<?> raw) {
        return raw == Object.class || Map.class.isAssignableFrom(raw);
    }

    private static Type argument(Type type) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType a) {
            return raw(a.getGenericComponentType()).arrayType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        // a type variable: anything may stand there
        return Object.class;
    }
}
