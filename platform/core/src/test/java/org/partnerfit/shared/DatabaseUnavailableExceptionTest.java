package org.partnerfit.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class DatabaseUnavailableExceptionTest {

    @Test
    void aRefusedOrBrokenConnectionAnywhereInTheChainIsTheDatabaseOutOfReach() {
        assertTrue(DatabaseUnavailableException.causes(
                new RuntimeException("Error in allocating a connection", new SQLException("refused", "08001"))));
        assertTrue(DatabaseUnavailableException.causes(new IllegalStateException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseUnavailableException.causes(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseUnavailableException.causes(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailableException.causes(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseUnavailableException.causes(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailableException.causes(new SQLException("no state")));
        assertFalse(DatabaseUnavailableException.causes(new IllegalStateException("a bug")));
    }
}
