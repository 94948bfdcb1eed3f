package hu.kozossegi.portal.initiatives;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/** Counts the SQL statements prepared or created through the application's DataSource. */
@TestConfiguration
class StatementCounter implements BeanPostProcessor {

    static final AtomicInteger COUNT = new AtomicInteger();

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        Object result = invoke(method, dataSource, args);
                        return result instanceof Connection c ? counting(c) : result;
                    });
        }
        return bean;
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                            || method.getName().equals("prepareCall")) {
                        COUNT.incrementAndGet();
                    }
                    return invoke(method, connection, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
