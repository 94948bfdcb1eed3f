/** Community workers: volunteers and professionals of the network. */
@ReadsTables({"county", "settlement"})
package hu.kozossegi.portal.people;

import hu.kozossegi.portal.shared.db.ReadsTables;
