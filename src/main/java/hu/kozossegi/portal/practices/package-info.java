/** Good practices: proposals from initiatives, the national office's review and accreditation, the public catalogue. */
package hu.kozossegi.portal.practices;
