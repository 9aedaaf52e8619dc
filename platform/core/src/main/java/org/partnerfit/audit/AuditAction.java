package org.partnerfit.audit;

/** What an audit event records. */
public enum AuditAction {
    LOGIN,
    ACCESS_DENIED,
    ASSESSMENT_CREATED,
    ASSESSMENT_OPENED,
    ASSESSMENT_CLOSED,
    ASSESSMENT_DECIDED,
    ASSESSMENT_ARCHIVED,
    ASSESSMENT_CLONED,
    DUE_DATE_EXTENDED,
    SUBMISSION_RETURNED,
    SCORE_OVERRIDDEN,
    PARTNER_RECOMMENDED,
    FEEDBACK_SHARED,
    FEEDBACK_WITHDRAWN,
    EVIDENCE_UPLOADED,
    EVIDENCE_REMOVED,
    EVIDENCE_VERIFIED,
    ASSESSMENT_RESCORED,
    CLARIFICATION_SENT,
    INVITATION_SENT,
    ANSWERS_SUBMITTED,
    CRITERION_ENABLED,
    CRITERION_DISABLED,
    DEFAULT_WEIGHTS_SET,
    CLIENT_PROFILE_SAVED,
    PLUGIN_INSTALLED,
    PLUGIN_REFUSED,
    PLUGIN_UNINSTALLED,
    TENANT_CREATED,
    USER_PROVISIONED,
    USER_DISABLED,
    USER_ENABLED,
    PROVISIONING_FAILED,
    MAIL_FAILED;

    /**
     * Whether the event records a refusal or a failure. Those are kept although what was refused
     * or failed is rolled back; every other event is kept exactly when its change is.
     */
    public boolean isRefusalOrFailure() {
        return this == ACCESS_DENIED || this == PLUGIN_REFUSED || this == PROVISIONING_FAILED || this == MAIL_FAILED;
    }
}
