/** The public home page and the signed-in user's dashboard, to which feature modules contribute sections. */
package hu.kozossegi.portal.home;
