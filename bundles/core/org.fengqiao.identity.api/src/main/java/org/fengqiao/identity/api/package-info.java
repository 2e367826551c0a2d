/** Core identity (C1): accounts, real-name staff, roles, the organisation tree, sessions. */
@org.osgi.annotation.versioning.Version("1.6.0")
package org.fengqiao.identity.api;
