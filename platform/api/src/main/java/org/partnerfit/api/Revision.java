package org.partnerfit.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.partnerfit.shared.InvalidInputException;
import org.partnerfit.shared.Wording;

/**
 * A record's revision on the wire: its ETag when read, and the {@code If-Match} a change sends
 * back so that a save made by someone else since is refused (412) instead of overwritten.
 * Without If-Match, or with {@code *}, a change replaces whatever is saved.
 */
final class Revision {

    static final String IF_MATCH = "If-Match";

    private Revision() {
    }

    static EntityTag tag(long revision) {
        return new EntityTag(Long.toString(revision));
    }

    /** A record read or saved, with its revision as the ETag. */
    static Response ok(Object record, long revision) {
        return Response.ok(record).tag(tag(revision)).build();
    }

    /** The revision an If-Match header names ({@code "7"}, {@code W/"7"} or {@code 7}); null when it names none. */
    static Long basedOn(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long revision = Long.parseLong(value);
            if (revision >= 0) {
                return revision;
            }
        } catch (NumberFormatException notARevision) {
            // refused below, like a negative one
        }
        throw new InvalidInputException(Wording.of("revision.malformed"), IF_MATCH, Wording.of("revision.malformed"));
    }
}
