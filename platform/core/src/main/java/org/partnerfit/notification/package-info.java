/**
 * Email to partner contacts: invitations, new clarification messages and due-date reminders,
 * sent after the action that caused them has committed, on a managed thread, never in its way.
 */
package org.partnerfit.notification;
