package org.partnerfit.api;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the API's request records from JSON with JSON-B. Jersey's own JSON-B reader reports
 * malformed JSON or a value of the wrong type as a {@code ProcessingException} that no exception
 * mapper sees, so the container would answer 500; here every such body is a 400 that says what
 * is wrong. Declared for {@link Record}, not {@code Object}: JAX-RS picks the reader whose type
 * is nearest to the parameter's before anything else, and on Payara the runtime's reader for
 * {@code Object} otherwise wins the tie (measured: a 500 for a truncated body).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBody implements MessageBodyReader<Record> {

    /** Far more than any request record needs (a long questionnaire's answers), far less than a flood. */
    private static final int MAX_BYTES = 1024 * 1024;

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** A body that is missing altogether, or JSON {@code null}, is refused in the same words. */
    static <T> T required(T body) {
        if (body == null) {
            throw invalid("This call needs a JSON body.");
        }
        return body;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().equals(JsonBody.class.getPackageName());
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] content = RequestBodies.read(entityStream, MAX_BYTES);
        if (content.length > MAX_BYTES) {
            throw new WebApplicationException(ApiErrors.error(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "A JSON body has at most " + MAX_BYTES / 1024 + " KiB.", Map.of()));
        }
        String json;
        try {
            // JSON is UTF-8; a lenient decoder would turn broken bytes into U+FFFD and accept the body.
            json = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw invalid("The body is not UTF-8 text.");
        }
        if (json.isBlank()) {
            throw invalid("This call needs a JSON body.");
        }
        try {
            requireStrictBooleans(type, json);
            Record record = type.cast(JSONB.fromJson(json, genericType));
            return record == null ? null : requireDeclaredTypes(record);
        } catch (BadRequestException e) {
            throw e;
        } catch (RuntimeException e) {
            // Whatever JSON-B cannot make of the text is the sender's to fix: bad syntax, a string for a number, an unknown enum value.
            throw invalid("The body is not the JSON this call expects: " + reason(e));
        }
    }

    /**
     * JSON-B reads any string into a boolean ({@code "maybe"} is false), so a body such as
     * {@code {"enabled": "maybe"}} would switch a criterion off: a boolean field takes true, false or null only.
     */
    private static void requireStrictBooleans(Class<Record> type, String json) {
        java.util.List<String> booleans = java.util.Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getType() == Boolean.class || c.getType() == boolean.class).map(java.lang.reflect.RecordComponent::getName).toList();
        if (booleans.isEmpty()) {
            return;
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            if (reader.readValue() instanceof jakarta.json.JsonObject object) {
                for (String name : booleans) {
                    jakarta.json.JsonValue value = object.get(name);
                    if (value != null && value != jakarta.json.JsonValue.TRUE && value != jakarta.json.JsonValue.FALSE
                            && value != jakarta.json.JsonValue.NULL) {
                        throw invalid("The body is not the JSON this call expects: " + name + " must be true or false.");
                    }
                }
            }
        }
    }

    /**
     * JSON-B fills a component with whatever JSON it finds when the declared type is generic (an
     * array where a map of weights belongs, say), and the mismatch would surface later as a 500:
     * every component, and the keys, values and elements of a map or list one level down, must be
     * of the declared type.
     */
    private static Record requireDeclaredTypes(Record record) {
        for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value == null) {
                continue;
            }
            if (!boxed(component.getType()).isInstance(value)) {
                throw invalid("The body is not the JSON this call expects: " + component.getName() + " has the wrong type.");
            }
            requireType(component.getName(), value, component.getGenericType());
            requireNoNul(component.getName(), value);
        }
        return record;
    }

    /** PostgreSQL keeps no NUL in text: refused here, in any string of the body, rather than failing as the request is stored. */
    private static void requireNoNul(String name, Object value) {
        if (value instanceof String text && UnreadableRequests.hasNul(text)) {
            throw invalid("The body is not the JSON this call expects: " + name + " holds the NUL character (\\u0000), "
                    + "which text may not hold.");
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                requireNoNul(name, k);
                requireNoNul(name, v);
            });
        } else if (value instanceof java.util.Collection<?> elements) {
            elements.forEach(e -> requireNoNul(name, e));
        }
    }

    private static void requireType(String name, Object value, Type declared) {
        if (value == null || !(declared instanceof java.lang.reflect.ParameterizedType p)) {
            return; // a plain class was checked by the caller; JSON-B made it or failed
        }
        Type[] arguments = p.getActualTypeArguments();
        if (value instanceof Map<?, ?> map && arguments.length == 2) {
            map.forEach((k, v) -> {
                if (k == null) { // JSON-B's reading of an array where an object belongs
                    throw invalid("The body is not the JSON this call expects: " + name + " must be an object.");
                }
                requireInstance(name, k, arguments[0]);
                requireInstance(name, v, arguments[1]);
            });
        } else if (value instanceof java.util.Collection<?> elements && arguments.length == 1) {
            elements.forEach(e -> requireInstance(name, e, arguments[0]));
        }
    }

    private static void requireInstance(String name, Object value, Type declared) {
        Class<?> raw = declared instanceof Class<?> c ? c
                : declared instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
        if (value != null && !raw.isInstance(value)) {
            throw invalid("The body is not the JSON this call expects: " + name + " holds a value of the wrong type.");
        }
        requireType(name, value, declared);
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
    }

    private static BadRequestException invalid(String message) {
        return new BadRequestException(message, ApiErrors.error(Response.Status.BAD_REQUEST, message, Map.of()));
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null && e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        message = message.replace("Internal error: ", "").strip();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
