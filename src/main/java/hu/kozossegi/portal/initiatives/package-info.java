/** Initiatives: local action programmes, their outcomes, progress notes, programmes and change history. */
@ReadsTables({"community_worker", "county", "settlement"})
package hu.kozossegi.portal.initiatives;

import hu.kozossegi.portal.shared.db.ReadsTables;
