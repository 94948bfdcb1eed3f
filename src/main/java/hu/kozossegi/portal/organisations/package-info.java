/**
 * Organisations and informal groups (DESIGN.md glossary "organisation"): civil organisations and informal groups
 * that initiatives bring into being or that capacity-building programmes support, their contact person (personal
 * data, under the rules of community workers' contacts) and their links to initiatives. The base package is the
 * module's API: {@link hu.kozossegi.portal.organisations.Organisations} (no contact data).
 */
@ReadsTables({"county", "initiative", "initiative_outcome", "settlement"})
package hu.kozossegi.portal.organisations;

import hu.kozossegi.portal.shared.db.ReadsTables;
