package org.partnerfit.api;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The roles one of which the caller of an endpoint needs: on a method, or on its class for every
 * method that names none. Checked by {@link AllowedRolesFeature}; an endpoint with neither is open
 * to nobody.
 *
 * <p>Not {@code @RolesAllowed}: whatever the deployment descriptors say, Payara then adds its own
 * check to every call, which asks the security context for the caller (parsing the security
 * subject and looking up a class that is not there), an eighth of a cached ranking's time.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface AllowedRoles {

    String[] value();
}
