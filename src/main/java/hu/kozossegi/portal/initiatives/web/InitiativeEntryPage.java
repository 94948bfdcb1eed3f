package hu.kozossegi.portal.initiatives.web;

import hu.kozossegi.portal.initiatives.internal.InitiativeService;
import org.springframework.ui.Model;

/**
 * What every page of one entry of an initiative (an outcome, a progress note: its edit form and its delete
 * confirmation) shows of the initiative, and whether it answers a version conflict.
 */
final class InitiativeEntryPage {

    private InitiativeEntryPage() {
    }

    static Model of(Model model, InitiativeService initiatives, long initiativeId, boolean conflict) {
        model.addAttribute("initiativeId", initiativeId);
        model.addAttribute("initiativeTitle", initiatives.load(initiativeId).getTitle());
        model.addAttribute("conflict", conflict);
        return model;
    }
}
