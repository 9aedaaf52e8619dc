package org.partnerfit.bench.ceiling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * The cheapest write this server can serve: one row updated in a JTA transaction on the
 * platform's own pool (which checks each connection it hands out), through JAX-RS, with no
 * sign-in and no application work. What a save of answers costs beyond it is PartnerFit's.
 */
@Path("write/{row}")
@ApplicationScoped
public class OneRowWrite {

    @Resource(lookup = "jdbc/partnerfit")
    private DataSource data;

    @PUT
    @Transactional
    public Response write(@PathParam("row") int row) throws SQLException {
        try (Connection connection = data.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE bench_floor SET n = n + 1 WHERE id = ?")) {
            update.setInt(1, row);
            return Response.status(update.executeUpdate() == 1 ? 204 : 404).build();
        }
    }
}
