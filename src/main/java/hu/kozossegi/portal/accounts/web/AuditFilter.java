package hu.kozossegi.portal.accounts.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit log's filters, bound from the query string. A class rather than a record: an impossible date
 * must become a field error on an object that still exists, so the page can show it with the typed input.
 */
class AuditFilter {

    private String type;
    private String actor;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private Integer page;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
