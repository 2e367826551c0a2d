/**
 * A bundle's own tables: Liquibase migrations run before use, resource-local JPA transactions with retry on lock
 * conflicts, and the {@link Cluster} of nodes sharing the database. Only bundles that own tables depend on this;
 * boards never do.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.fengqiao.persistence.api;
