/**
 * Annual reports: the counties' yearly targets, the national and county reports computed in SQL, closing
 * and reopening a report year (frozen snapshots), and the PDF, XLSX and CSV exports.
 */
package hu.kozossegi.portal.reporting;
