package org.fengqiao.persistence.api;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;

/**
 * Runs work in a resource-local JPA transaction: commit on success, roll back on any failure. A transaction the
 * database gave up for a lock conflict (a deadlock, a lock wait timeout, a serialization failure) is run again, up to
 * three times in all, after a short random pause: the work must do nothing but database work, which all of ours does.
 */
public final class Transactions {

    /** Deadlock and serialization failure (standard, PostgreSQL), Derby's lock timeout and deadlock. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "40XL1", "40XL2");
    private static final int ATTEMPTS = 3;

    private Transactions() {
    }

    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return once(emf, work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(5_000_000L, 25_000_000L) * attempt);
            }
        }
    }

    private static <T> T once(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RollbackException e) {
            if (!isTransient(e) && causedByOptimisticLock(e)) {
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

    /** Whether the database refused the transaction for a lock conflict that a new attempt may not meet. */
    static boolean isTransient(Throwable e) {
        return hasSqlState(e, TRANSIENT_STATES);
    }

    /**
     * Whether the database refused a write for a duplicate key: the way to make something happen once, whichever
     * node or thread gets there first.
     */
    public static boolean isDuplicateKey(Throwable e) {
        return hasSqlState(e, Set.of("23505"));
    }

    private static boolean hasSqlState(Throwable e, Set<String> states) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                if (s.getSQLState() != null && states.contains(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
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
