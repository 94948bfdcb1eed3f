/** The public home page and the signed-in user's dashboard, to which feature modules contribute sections. */
@ReadsTables({"activity_event", "county", "initiative", "initiative_settlement", "practice", "settlement"})
package hu.kozossegi.portal.home;

import hu.kozossegi.portal.shared.db.ReadsTables;
