package org.fengqiao.persistence.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class TransactionsTest {

    @Test
    void lockConflictsOfTheDatabaseAreTriedAgain() {
        SQLException derbyTimeout = new SQLException("A lock could not be obtained within the time requested", "40XL1");
        assertTrue(Transactions.isTransient(new PersistenceException("flush failed",
                new OptimisticLockException("Unable to obtain an object lock", derbyTimeout))));
        SQLException batch = new SQLException("batch failed", "XJ208");
        batch.setNextException(new SQLException("deadlock detected", "40P01"));
        assertTrue(Transactions.isTransient(new PersistenceException(batch)));
        assertTrue(Transactions.isTransient(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void everythingElseIsNot() {
        assertFalse(Transactions.isTransient(new OptimisticLockException("row was changed by another transaction")));
        assertFalse(Transactions.isTransient(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(Transactions.isTransient(new IllegalStateException("no cause")));
    }

    @Test
    void aDuplicateKeyIsRecognised() {
        assertTrue(Transactions.isDuplicateKey(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(Transactions.isDuplicateKey(new PersistenceException(new SQLException("lock", "40XL1"))));
    }
}
