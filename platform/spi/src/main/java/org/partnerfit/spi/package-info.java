/**
 * The criterion plugin contract. A plugin JAR lists one {@link org.partnerfit.spi.CriterionPlugin}
 * in {@code META-INF/services/org.partnerfit.spi.CriterionPlugin}; everything else here is data.
 */
package org.partnerfit.spi;
