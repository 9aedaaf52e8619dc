package org.partnerfit.assessment.application;

import java.util.List;

/**
 * Which part of the assessors' work list to show: firms and assessments whose names contain the
 * given text (any case; blank for all), in the given order, oldest submission first after that.
 */
public record QueueQuery(String assessmentName, String firmName, List<Order> order) {

    /** What the list can be sorted by, with the JPQL path it reads. */
    public enum Column {
        ASSESSMENT("a.name"), FIRM("i.firmName"), CRITERION("c.pluginId"), SUBMITTED("s.submittedAt");

        final String path;

        Column(String path) {
            this.path = path;
        }
    }

    public record Order(Column column, boolean descending) {
    }

    /** Everything, oldest submission first. */
    public static final QueueQuery ALL = new QueueQuery(null, null, List.of());

    public QueueQuery {
        order = List.copyOf(order);
    }
}
