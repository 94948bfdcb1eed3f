/** Initiatives: local action programmes, their outcomes, progress notes, programmes and change history. */
package hu.kozossegi.portal.initiatives;
