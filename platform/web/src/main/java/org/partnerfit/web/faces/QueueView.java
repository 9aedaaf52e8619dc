package org.partnerfit.web.faces;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.QueueItem;
import org.partnerfit.assessment.application.ReviewQueue;
import org.partnerfit.web.security.Caller;

/** The assessors' work list of submitted criteria across the organisation's running assessments. */
@Named
@RequestScoped
public class QueueView {

    @EJB
    private ReviewQueue queue;

    @Inject
    private Caller caller;

    private List<QueueItem> items;

    public List<QueueItem> getItems() {
        if (items == null) {
            items = caller.tenant().map(queue::items).orElse(List.of());
        }
        return items;
    }
}
