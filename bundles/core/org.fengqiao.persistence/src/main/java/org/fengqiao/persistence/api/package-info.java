/**
 * A bundle's own tables: Liquibase migrations run before use, resource-local JPA transactions with retry on lock
 * conflicts. Only bundles that own tables depend on this; boards never do.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.fengqiao.persistence.api;
