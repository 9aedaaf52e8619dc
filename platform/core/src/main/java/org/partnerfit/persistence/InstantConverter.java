package org.partnerfit.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores every {@link Instant} as a {@code TIMESTAMP WITH TIME ZONE}: left alone, the EclipseLink
 * in Payara 6 serialises Instants into binary columns that neither sort nor read as times.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
