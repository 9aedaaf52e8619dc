package org.partnerfit.audit;

/** What an audit event records. */
public enum AuditAction {
    LOGIN,
    ACCESS_DENIED,
    ASSESSMENT_CREATED,
    ASSESSMENT_OPENED,
    INVITATION_SENT,
    ANSWERS_SUBMITTED,
    CRITERION_ENABLED,
    CRITERION_DISABLED,
    PLUGIN_INSTALLED,
    PLUGIN_REFUSED,
    PLUGIN_UNINSTALLED
}
