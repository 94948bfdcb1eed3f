package hu.kozossegi.portal.people.web;

import hu.kozossegi.portal.people.internal.WorkerInput;
import hu.kozossegi.portal.people.internal.WorkerRow;
import jakarta.validation.constraints.Size;

/** What the worker form posts; parsed and checked by the worker service. */
record WorkerForm(@Size(max = 500) String fullName, @Size(max = 10) String county, @Size(max = 500) String settlement,
        @Size(max = 20) String kind, @Size(max = 1000) String organisation, @Size(max = 1000) String email,
        @Size(max = 100) String phone, Boolean active, @Size(max = 40) String joinedOn,
        @Size(max = 10000) String notes, Long version) {

    static WorkerForm empty(String county) {
        return new WorkerForm("", county, "", "", "", "", "", true, "", "", null);
    }

    static WorkerForm of(WorkerRow row) {
        return new WorkerForm(row.fullName(), row.countyCode(), nz(row.settlementName()), row.kind().name(),
                nz(row.organisation()), nz(row.email()), nz(row.phone()), row.active(),
                row.joinedOn() == null ? "" : row.joinedOn().toString(), nz(row.notes()), row.version());
    }

    WorkerForm withVersion(long newVersion) {
        return new WorkerForm(fullName, county, settlement, kind, organisation, email, phone, active, joinedOn, notes,
                newVersion);
    }

    WorkerInput input() {
        return new WorkerInput(fullName, county, settlement, kind, organisation, email, phone,
                Boolean.TRUE.equals(active), joinedOn, notes);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
