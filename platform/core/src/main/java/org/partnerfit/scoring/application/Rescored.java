package org.partnerfit.scoring.application;

/** What scoring an assessment again did: how many submitted answers were scored, and how many of those failed. */
public record Rescored(int submissions, int failed) {
}
