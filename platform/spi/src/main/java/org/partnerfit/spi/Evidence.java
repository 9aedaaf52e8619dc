package org.partnerfit.spi;

/**
 * What a scorer may know of an uploaded file: never its bytes, only which question it answers,
 * its name and type, and whether an assessor has verified it.
 */
public record Evidence(String questionKey, String fileName, String contentType, long size, boolean verified) {
}
