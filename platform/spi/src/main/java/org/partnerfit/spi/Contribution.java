package org.partnerfit.spi;

/** How many of the score's points one question brought, and why, in words. */
public record Contribution(String questionKey, double points, Text note) {
}
