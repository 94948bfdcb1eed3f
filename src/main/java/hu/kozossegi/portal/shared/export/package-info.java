/** The one CSV and XLSX writer of every export, with the guard against spreadsheet formulas. */
package hu.kozossegi.portal.shared.export;
