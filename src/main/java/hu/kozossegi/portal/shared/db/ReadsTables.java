package hu.kozossegi.portal.shared.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a module's {@code package-info}, the tables of other modules that its SQL reads (a module's own
 * tables are those its migrations {@code V<n>__<module>_<what>.sql} create; {@code shared}'s tables are open to
 * all). {@code CrossModuleSqlTests} parses every SQL string of the module and fails on another module's table
 * that is not declared here, on a declared table the module no longer reads, and on a table of a module the
 * declaring module may not use ({@code reporting}, {@code home} and {@code opendata} may read every module).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ReadsTables {

    /** Table names, as in the migrations. */
    String[] value();
}
