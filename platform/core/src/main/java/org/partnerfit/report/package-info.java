/**
 * An assessment's results as files people take away: CSV and XLSX for spreadsheets, a PDF
 * decision report for a board. Pure Java, no container needed.
 */
package org.partnerfit.report;
