package org.partnerfit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerfit.audit.AuditAction;
import org.partnerfit.audit.AuditCsv;
import org.partnerfit.audit.AuditEvent;
import org.partnerfit.audit.AuditEvents;
import org.partnerfit.audit.AuditQuery;
import org.partnerfit.audit.AuditTrail;
import org.partnerfit.tenancy.domain.TenantId;

/** The audit trail read whole, by the page and by filter, on PostgreSQL: nothing is cut off. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return CoreDeployment.create("audit");
    }

    @EJB
    private AuditTrail trail;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Test
    void aTrailLongerThanAnyChunkIsReadWholeInOrderAndByThePage() {
        TenantId tenant = new TenantId("audit-" + UUID.randomUUID().toString().substring(0, 8));
        int events = 1_234; // more than two chunks of the export, and more than the 1,000 the trail once stopped at
        for (int i = 0; i < events; i++) {
            trail.recordAs(i % 2 == 0 ? "ann@" + tenant.value() : "bob@" + tenant.value(),
                    i % 3 == 0 ? AuditAction.ACCESS_DENIED : AuditAction.LOGIN, tenant, "event " + i, "=detail, \"quoted\" " + i);
        }
        AuditQuery all = AuditQuery.ofTenant(tenant.value());
        assertEquals(events, trail.count(all));

        List<AuditEvent> whole = new ArrayList<>();
        AuditEvents.of(trail, all).accept(whole::add);
        assertEquals(events, whole.size(), "every event, none twice");
        assertEquals(events, whole.stream().map(AuditEvent::getId).distinct().count());
        for (int i = 1; i < whole.size(); i++) {
            AuditEvent newer = whole.get(i - 1);
            AuditEvent older = whole.get(i);
            assertTrue(newer.getAt().isAfter(older.getAt())
                    || newer.getAt().equals(older.getAt()) && newer.getId() > older.getId(), "newest first at " + i);
        }
        assertEquals("event " + (events - 1), whole.get(0).getSubject());

        // Pages are slices of the same order: the last one holds what is left.
        List<AuditEvent> third = trail.events(all, 50, 25);
        assertEquals(whole.subList(50, 75).stream().map(AuditEvent::getId).toList(), third.stream().map(AuditEvent::getId).toList());
        assertEquals(9, trail.events(all, 1_225, 25).size());

        // Filters narrow the count, the pages and the whole read alike.
        AuditQuery bobDenied = new AuditQuery(tenant.value(), AuditAction.ACCESS_DENIED, "BOB@", null, null);
        long expected = java.util.stream.IntStream.range(0, events).filter(i -> i % 2 == 1 && i % 3 == 0).count();
        assertEquals(expected, trail.count(bobDenied));
        List<AuditEvent> filtered = new ArrayList<>();
        AuditEvents.of(trail, bobDenied).accept(filtered::add);
        assertEquals(expected, filtered.size());
        assertTrue(filtered.stream().allMatch(e -> e.getActor().startsWith("bob@") && e.getAction() == AuditAction.ACCESS_DENIED));
        Instant first = whole.get(whole.size() - 1).getAt();
        assertEquals(0, trail.count(new AuditQuery(tenant.value(), null, null, null, first)), "before the first event");
        assertEquals(events, trail.count(new AuditQuery(tenant.value(), null, null, first, first.plus(1, ChronoUnit.DAYS))));
        assertEquals(0, trail.count(AuditQuery.ofTenant("nobody-" + tenant.value())), "another tenant's trail is its own");
    }

    @Test
    void eventsOfOneInstantAcrossChunkBoundariesAreEachReadOnce() throws Exception {
        String tenant = "ties-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        em.createNativeQuery("INSERT INTO audit_event (id, version, at, actor, tenantid, action, subject) "
                + "SELECT nextval('pf_seq'), 0, TIMESTAMP WITH TIME ZONE '2026-11-27 12:00:00+00', 'tie', ?1, 'LOGIN', 'tie ' || n "
                + "FROM generate_series(1, 1234) n").setParameter(1, tenant).executeUpdate();
        tx.commit();
        List<AuditEvent> read = new ArrayList<>();
        AuditEvents.of(trail, AuditQuery.ofTenant(tenant)).accept(read::add);
        assertEquals(1_234, read.size(), "three chunks of one instant");
        for (int i = 1; i < read.size(); i++) {
            assertTrue(read.get(i - 1).getId() > read.get(i).getId(), "ties newest id first, none twice, at " + i);
        }
    }

    @Test
    void aChangesEventIsKeptExactlyWhenTheChangeIsAndARefusalAlways() throws Exception {
        TenantId tenant = new TenantId("tx-" + UUID.randomUUID().toString().substring(0, 8));
        tx.begin();
        trail.record(AuditAction.CRITERION_ENABLED, tenant, "a change that fails at commit", null);
        trail.record(AuditAction.ACCESS_DENIED, tenant, "a refusal within it", null);
        tx.setRollbackOnly();
        assertThrows(RollbackException.class, tx::commit);
        tx.begin();
        trail.record(AuditAction.CRITERION_DISABLED, tenant, "a change that commits", null);
        tx.commit();
        List<String> kept = new ArrayList<>();
        AuditEvents.of(trail, AuditQuery.ofTenant(tenant.value())).accept(e -> kept.add(e.getSubject()));
        assertEquals(List.of("a change that commits", "a refusal within it"), kept);
    }

    @Test
    void theCsvHasEveryEventWithItsTextKeptAndNoFormulas() throws Exception {
        TenantId tenant = new TenantId("csv-" + UUID.randomUUID().toString().substring(0, 8));
        trail.recordAs("=cmd|' /C calc'!A0", AuditAction.LOGIN, tenant, "line\nbreak, comma", "他说 \"好\"");
        trail.recordAs("carol", AuditAction.LOGIN, tenant, "plain", null);
        StringWriter csv = new StringWriter();
        AuditCsv.write(AuditEvents.of(trail, AuditQuery.ofTenant(tenant.value())), csv);
        String[] lines = csv.toString().split("\r\n", -1);
        assertEquals(AuditCsv.HEADER, lines[0]);
        assertTrue(lines[1].endsWith(",carol," + tenant.value() + ",LOGIN,plain,"), lines[1]);
        assertTrue(csv.toString().contains(",'=cmd|' /C calc'!A0," + tenant.value() + ",LOGIN,\"line\nbreak, comma\",\"他说 \"\"好\"\"\"\r\n"),
                csv.toString());
        assertEquals("", lines[lines.length - 1], "each line ends in CR LF");
    }
}
