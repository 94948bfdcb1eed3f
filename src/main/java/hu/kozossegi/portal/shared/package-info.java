/**
 * Layout support, controller advice, paging, i18n helpers and the embedded database: used by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package hu.kozossegi.portal.shared;
