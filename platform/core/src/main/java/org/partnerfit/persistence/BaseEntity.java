package org.partnerfit.persistence;

import java.io.Serializable;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Id and optimistic-lock version for every entity. SEQUENCE ids: IDENTITY breaks EclipseLink's H2
 * DDL. Serializable, as the pages' view-scoped beans hold entities (a page of the audit trail,
 * say) and a server may write sessions out.
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pf_seq")
    @SequenceGenerator(name = "pf_seq", sequenceName = "pf_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    /** Grows with every update; the ranking cache reads it to tell whether anything changed. */
    public long getVersion() {
        return version;
    }
}
