/** The one CSV, XLSX and PDF writer of every export, with the guard against spreadsheet formulas. */
package hu.kozossegi.portal.shared.export;
