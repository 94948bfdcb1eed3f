package hu.kozossegi.portal.geography.web;

import hu.kozossegi.portal.geography.internal.SettlementFields;
import hu.kozossegi.portal.geography.internal.SettlementRow;

/**
 * The settlement form: the typed {@link SettlementFields} (bound through setters, checked by Bean Validation and
 * the registry rules) plus the version the edit started from.
 */
public class SettlementForm extends SettlementFields {

    private Long version;

    static SettlementForm empty(String county) {
        SettlementForm form = new SettlementForm();
        form.setCounty(county);
        return form;
    }

    static SettlementForm of(SettlementRow row) {
        SettlementForm form = new SettlementForm();
        fill(form, row);
        form.version = row.version();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
