package org.partnerfit.assessment.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.partnerfit.persistence.TenantScope;
import org.partnerfit.plugin.application.PluginRegistry;
import org.partnerfit.spi.Text;
import org.partnerfit.tenancy.domain.TenantId;

/**
 * The assessors' work list: every submitted criterion of the tenant's open and in-review
 * assessments, oldest first, with what still needs a look — files not verified, a partner's
 * message not answered, no override or recommendation yet. Read a page at a time: filtering,
 * sorting and paging happen in the database, only the page's rows reach Java, and only their
 * files and messages are read.
 */
@Stateless
public class ReviewQueue {

    private static final String FROM = " from Submission s join s.invitation i join i.assessment a";
    private static final String RUNNING = " where s.status = org.partnerfit.assessment.domain.SubmissionStatus.SUBMITTED"
            + " and a.status in (org.partnerfit.assessment.domain.AssessmentStatus.OPEN,"
            + " org.partnerfit.assessment.domain.AssessmentStatus.IN_REVIEW)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantScope tenancy;

    @EJB
    private PluginRegistry plugins;

    /** How many submitted criteria the query matches. */
    public int count(TenantId tenant, QueueQuery query) {
        tenancy.enter(em, tenant);
        return Math.toIntExact(query("select count(s)" + FROM + matching(query), query, Long.class).getSingleResult());
    }

    /** The matching submitted criteria from {@code first}, at most {@code max} of them. */
    public List<QueueItem> items(TenantId tenant, QueueQuery query, int first, int max) {
        tenancy.enter(em, tenant);
        String order = query.order().stream().map(o -> o.column().path + (o.descending() ? " desc, " : " asc, "))
                .collect(Collectors.joining());
        List<Object[]> rows = query("select s.id, a.id, a.name, i.id, i.firmName, c.pluginId, c.pluginVersion, s.submittedAt,"
                        + " s.overrideValue, i.recommendation" + FROM + " join s.criterion c" + matching(query)
                        + " order by " + order + "s.submittedAt, s.id", query, Object[].class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> files = files(rows.stream().map(r -> (Long) r[0]).toList());
        Map<String, Boolean> partnerSpokeLast = partnerSpokeLast(rows.stream().map(r -> (Long) r[3]).distinct().toList());
        Map<String, Text> names = new HashMap<>();
        return rows.stream().map(r -> {
            String pluginId = (String) r[5];
            String version = (String) r[6];
            long[] counts = files.getOrDefault((Long) r[0], new long[2]);
            return new QueueItem((Long) r[1], (String) r[2], (Long) r[3], (String) r[4], pluginId,
                    names.computeIfAbsent(version + pluginId, k -> name(pluginId, version)), (Instant) r[7], r[8] != null,
                    counts[0], counts[1], partnerSpokeLast.getOrDefault(r[3] + "/" + pluginId, false), r[9] != null);
        }).toList();
    }

    /**
     * The running assessments' submitted criteria that the query's name filters let through, as a
     * JPQL {@code where} clause. (The count leaves the criteria out: every submission has one, and
     * joining them was two fifths of the count's time.)
     */
    private static String matching(QueueQuery query) {
        return RUNNING + (isGiven(query.assessmentName()) ? " and lower(a.name) like :assessment escape '!'" : "")
                + (isGiven(query.firmName()) ? " and lower(i.firmName) like :firm escape '!'" : "");
    }

    private <T> TypedQuery<T> query(String jpql, QueueQuery query, Class<T> type) {
        TypedQuery<T> typed = em.createQuery(jpql, type);
        if (isGiven(query.assessmentName())) {
            typed.setParameter("assessment", containing(query.assessmentName()));
        }
        if (isGiven(query.firmName())) {
            typed.setParameter("firm", containing(query.firmName()));
        }
        return typed;
    }

    private static boolean isGiven(String text) {
        return text != null && !text.isBlank();
    }

    /** A LIKE pattern for text anywhere, any case; the text's own % and _ match only themselves. */
    private static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** Per submission id: how many files, how many of them not verified. */
    private Map<Long, long[]> files(List<Long> submissions) {
        Map<Long, long[]> files = new HashMap<>();
        em.createQuery("select e.submission.id, e.verified from EvidenceFile e where e.submission.id in :submissions", Object[].class)
                .setParameter("submissions", submissions).getResultStream().forEach(row -> {
                    long[] counts = files.computeIfAbsent((Long) row[0], k -> new long[2]);
                    counts[0]++;
                    counts[1] += Boolean.TRUE.equals(row[1]) ? 0 : 1;
                });
        return files;
    }

    /** Per "invitation/plugin" thread: whether the partner wrote its last message. */
    private Map<String, Boolean> partnerSpokeLast(List<Long> invitations) {
        Map<String, Boolean> partnerSpokeLast = new HashMap<>();
        em.createQuery("select c.invitation.id, c.pluginId, c.fromAssessor from Clarification c where c.invitation.id in :invitations"
                        + " order by c.sentAt, c.id", Object[].class)
                .setParameter("invitations", invitations).getResultStream()
                .forEach(row -> partnerSpokeLast.put(row[0] + "/" + row[1], !Boolean.TRUE.equals(row[2])));
        return partnerSpokeLast;
    }

    private Text name(String pluginId, String version) {
        return plugins.plugin(pluginId, version).map(p -> p.descriptor().name()).orElse(Text.of(pluginId, pluginId));
    }
}
