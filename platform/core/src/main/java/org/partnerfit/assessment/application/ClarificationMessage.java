package org.partnerfit.assessment.application;

import java.time.Instant;

import org.partnerfit.assessment.domain.Clarification;

/** One message of a clarification thread as both sides read it. */
public record ClarificationMessage(long id, String pluginId, String author, boolean fromAssessor, String body, Instant sentAt) {

    static ClarificationMessage of(Clarification c) {
        return new ClarificationMessage(c.getId(), c.getPluginId(), c.getAuthor(), c.isFromAssessor(), c.getBody(), c.getSentAt());
    }
}
