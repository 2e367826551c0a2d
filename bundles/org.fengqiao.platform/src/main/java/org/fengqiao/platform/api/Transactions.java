package org.fengqiao.platform.api;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;

/** Runs work in a resource-local JPA transaction: commit on success, roll back on any failure. */
public final class Transactions {

    private Transactions() {
    }

    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RollbackException e) {
            if (causedByOptimisticLock(e)) {
                throw new OptimisticLockException(e.getMessage(), e);
            }
            throw e;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    private static boolean causedByOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().endsWith("OptimisticException")) {
                return true;
            }
        }
        return false;
    }
}
