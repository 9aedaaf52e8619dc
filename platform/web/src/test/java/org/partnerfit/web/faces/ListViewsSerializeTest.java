package org.partnerfit.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Constructor;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partnerfit.audit.AuditEvent;
import org.partnerfit.web.provisioning.IdentityDirectory;

/** The views that keep a page of a long list: a server writing their sessions out keeps the page shown. */
class ListViewsSerializeTest {

    @Test
    void thePeoplePageKeepsItsMembers() throws Exception {
        UserAdminView view = new UserAdminView();
        view.getMembers().setWrappedData(List.of(
                new IdentityDirectory.Member("u-1", "ann", "ann@acme.example", "Ann Lee", true, List.of("assessor", "client-admin"))));

        UserAdminView back = roundTrip(view);

        assertEquals(List.of(new IdentityDirectory.Member("u-1", "ann", "ann@acme.example", "Ann Lee", true,
                List.of("assessor", "client-admin"))), back.getMembers().getWrappedData());
    }

    @Test
    void theAuditPageKeepsItsEvents() throws Exception {
        Constructor<AuditEvent> none = AuditEvent.class.getDeclaredConstructor();
        none.setAccessible(true);
        AuditView view = new AuditView();
        view.setActor("acme-admin");
        view.getEvents().setWrappedData(List.of(none.newInstance()));

        AuditView back = roundTrip(view);

        assertEquals("acme-admin", back.getActor());
        assertEquals(1, back.getEvents().getWrappedData().size());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
