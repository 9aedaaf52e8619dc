/** The append-only record of who did what and when, across tenants and the operator's console. */
package org.partnerfit.audit;
