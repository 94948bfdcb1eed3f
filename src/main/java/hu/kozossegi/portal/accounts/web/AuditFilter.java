package hu.kozossegi.portal.accounts.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The audit log's filters, bound from the query string; an impossible date becomes a field error. */
record AuditFilter(String type, String actor, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {
}
