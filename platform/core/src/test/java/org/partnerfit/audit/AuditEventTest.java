package org.partnerfit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;
import org.partnerfit.persistence.BaseEntity;

class AuditEventTest {

    /** The audit page's view keeps the page of events shown; a server writing sessions out must keep them whole. */
    @Test
    void anEventSurvivesBeingWrittenOutWithItsId() throws Exception {
        AuditEvent event = new AuditEvent("acme-admin", "acme", AuditAction.LOGIN, "portal", "from 127.0.0.1");
        Field id = BaseEntity.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(event, 4_711L);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(event);
        }
        AuditEvent back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (AuditEvent) in.readObject();
        }

        assertEquals(4_711L, back.getId());
        assertEquals(event.getAt(), back.getAt());
        assertEquals("acme-admin", back.getActor());
        assertEquals(AuditAction.LOGIN, back.getAction());
        assertEquals("from 127.0.0.1", back.getDetail());
    }
}
