/** The one field-error type of the portal and the exception that carries it (docs/architecture.md, "Forms"). */
package hu.kozossegi.portal.shared.rules;
