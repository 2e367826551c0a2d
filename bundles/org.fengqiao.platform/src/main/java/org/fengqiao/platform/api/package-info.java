/** Shared building blocks of every Fengqiao bundle: the error model, transactions and schema migrations. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.fengqiao.platform.api;
