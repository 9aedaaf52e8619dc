package org.partnerfit.bench.ceiling;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One GET that answers a constant: the cheapest request JAX-RS on this server can serve. */
@Path("constant")
public class Constant {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String constant() {
        return "ok";
    }
}
