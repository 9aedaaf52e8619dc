package org.partnerfit.bench.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The load benchmark's ceiling (infra/bench/load.sh): a WAR of its own, deployed beside the EAR
 * on the same Payara domain, so its rate is what the server and the load generator manage with
 * no application work at all. Never part of the product.
 */
@ApplicationPath("/")
public class CeilingApplication extends Application {
}
