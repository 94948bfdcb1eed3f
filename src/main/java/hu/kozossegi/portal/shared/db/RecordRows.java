package hu.kozossegi.portal.shared.db;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Maps result rows to a record by column name, like {@code JdbcClient.query(Record.class)} does (the component
 * {@code settlementId} reads the column {@code settlementid} or {@code settlement_id}), but finds the columns once
 * per result set instead of once per row and component. Spring's {@code SimplePropertyRowMapper} asks the driver
 * for the camel-case name first on every row, and the PostgreSQL driver answers a miss with an exception: on a
 * 25-row list page that was a tenth of the request's CPU. Create one per query ({@code .query(RecordRows.of(X.class))});
 * the reflection is cached per record class.
 */
public final class RecordRows<R extends Record> implements RowMapper<R> {

    /**
     * The fetch size of every export that streams a whole list ({@code .withFetchSize(RecordRows.STREAM)} inside a
     * read-only transaction): without it the PostgreSQL driver reads the entire result into memory before the
     * first row is handed on (60,000 initiatives: about 100 MB of heap per export); with it, 500 rows at a time.
     */
    public static final int STREAM = 500;

    private static final ConversionService CONVERSION = DefaultConversionService.getSharedInstance();

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private final Shape shape;
    private int[] columns;

    private RecordRows(Shape shape) {
        this.shape = shape;
    }

    public static <R extends Record> RecordRows<R> of(Class<R> type) {
        return new RecordRows<>(SHAPES.get(type));
    }

    @Override
    @SuppressWarnings("unchecked")
    public R mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (columns == null) {
            columns = shape.columnsIn(rs.getMetaData());
        }
        Object[] args = new Object[columns.length];
        for (int i = 0; i < args.length; i++) {
            TypeDescriptor type = shape.types[i];
            Object value = JdbcUtils.getResultSetValue(rs, columns[i], type.getType());
            args[i] = value == null || type.getObjectType().isInstance(value) ? value : CONVERSION.convert(value, type);
        }
        return (R) BeanUtils.instantiateClass(shape.constructor, args);
    }

    /** A record's canonical constructor, its component names (as columns) and types. */
    private record Shape(Constructor<?> constructor, String[] names, String[] underscored, TypeDescriptor[] types) {

        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                parameterTypes[i] = components[i].getType();
            }
            Constructor<?> constructor;
            try {
                constructor = type.getDeclaredConstructor(parameterTypes);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("No canonical constructor on " + type, e);
            }
            String[] names = new String[components.length];
            String[] underscored = new String[components.length];
            TypeDescriptor[] types = new TypeDescriptor[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName().toLowerCase(Locale.ROOT);
                underscored[i] = JdbcUtils.convertPropertyNameToUnderscoreName(components[i].getName());
                types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
            }
            return new Shape(constructor, names, underscored, types);
        }

        int[] columnsIn(ResultSetMetaData meta) throws SQLException {
            Map<String, Integer> byLabel = new HashMap<>();
            for (int column = meta.getColumnCount(); column >= 1; column--) {
                byLabel.put(meta.getColumnLabel(column).toLowerCase(Locale.ROOT), column);
            }
            int[] columns = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                Integer column = byLabel.get(names[i]);
                if (column == null) {
                    column = byLabel.get(underscored[i]);
                }
                if (column == null) {
                    throw new SQLException("No column '" + underscored[i] + "' for " + constructor.getName());
                }
                columns[i] = column;
            }
            return columns;
        }
    }
}
