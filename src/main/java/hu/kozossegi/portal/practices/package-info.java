/** Good practices: proposals from initiatives, the national office's review and accreditation, the public catalogue. */
@ReadsTables({"county", "exchange_visit", "exchange_visit_party", "initiative", "initiative_theme",
        "initiative_theme_ref", "settlement"})
package hu.kozossegi.portal.practices;

import hu.kozossegi.portal.shared.db.ReadsTables;
