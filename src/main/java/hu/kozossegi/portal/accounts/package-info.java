/** User accounts, roles, county scope, sign-in, password rules and the security configuration. */
package hu.kozossegi.portal.accounts;
