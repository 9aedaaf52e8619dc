package org.partnerfit.api;

import java.util.Collection;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads a claim that may arrive as a JSON array, a collection or a single string as a list of strings. */
final class TokenClaims {

    private TokenClaims() {
    }

    static List<String> strings(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.stream().map(TokenClaims::text).toList();
        }
        if (claim instanceof Collection<?> many) {
            return many.stream().map(v -> v instanceof JsonValue json ? text(json) : String.valueOf(v)).toList();
        }
        if (claim instanceof JsonString s) {
            return List.of(s.getString());
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
