package org.partnerfit.api;

/** One message for a criterion's clarification thread, written by either side. */
public record Message(String body) {
}
