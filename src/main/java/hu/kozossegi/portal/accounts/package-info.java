/** User accounts, roles, county scope, sign-in, password rules and the security configuration. */
@ReadsTables({"county"})
package hu.kozossegi.portal.accounts;

import hu.kozossegi.portal.shared.db.ReadsTables;
