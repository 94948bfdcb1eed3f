/** Regions, counties and settlements. */
package hu.kozossegi.portal.geography;
