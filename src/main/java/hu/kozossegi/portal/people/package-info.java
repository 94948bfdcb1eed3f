/** Community workers: volunteers and professionals of the network. */
package hu.kozossegi.portal.people;
