package org.partnerfit.web.faces;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.partnerfit.assessment.application.QueueItem;
import org.partnerfit.assessment.application.QueueQuery;
import org.partnerfit.assessment.application.ReviewQueue;
import org.partnerfit.web.security.Caller;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The assessors' work list of submitted criteria across the organisation's running assessments,
 * a page at a time: the table's filters, sort order and page go to the database as they are.
 */
@Named
@RequestScoped
public class QueueView {

    @EJB
    private ReviewQueue queue;

    @Inject
    private Caller caller;

    private final LazyDataModel<QueueItem> items = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return caller.tenant().map(t -> queue.count(t, query(filterBy, Map.of()))).orElse(0);
        }

        @Override
        public List<QueueItem> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return caller.tenant().map(t -> queue.items(t, query(filterBy, sortBy), first, pageSize)).orElse(List.of());
        }

        @Override
        public String getRowKey(QueueItem item) {
            return item.invitationId() + "/" + item.pluginId();
        }
    };

    public LazyDataModel<QueueItem> getItems() {
        return items;
    }

    /** The table's state as a query; a column's {@code field} is the name of a {@link QueueQuery.Column}. */
    private static QueueQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        List<QueueQuery.Order> order = sortBy.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .sorted(Comparator.comparingInt(SortMeta::getPriority))
                .map(s -> new QueueQuery.Order(QueueQuery.Column.valueOf(s.getField()), s.getOrder() == SortOrder.DESCENDING))
                .toList();
        return new QueueQuery(text(filterBy.get(QueueQuery.Column.ASSESSMENT.name())),
                text(filterBy.get(QueueQuery.Column.FIRM.name())), order);
    }

    private static String text(FilterMeta filter) {
        return filter == null || filter.getFilterValue() == null ? null : filter.getFilterValue().toString();
    }
}
