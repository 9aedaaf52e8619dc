package org.partnerfit.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Stand-ins for the bearer-token tests: a JWT principal that only knows its expiry, and a clock the test moves. */
final class TestTokens {

    private TestTokens() {
    }

    /** The principal MicroProfile JWT would hand over for acme-assessor, expiring at {@code exp}. */
    static JsonWebToken expiringAt(Instant exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "acme-assessor";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(exp.getEpochSecond()) : null;
            }
        };
    }

    /** A clock that stands where the test puts it. */
    static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
