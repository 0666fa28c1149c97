package com.dashify.identity.adapter.persistence;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * An entity manager that forwards to the one of the current transaction, as the container's
 * transaction-scoped entity manager does; repositories under test are built once with it.
 */
public final class EntityManagerProxy {

    private EntityManagerProxy() {
    }

    public static EntityManager of(Supplier<EntityManager> current) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(current.get(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
