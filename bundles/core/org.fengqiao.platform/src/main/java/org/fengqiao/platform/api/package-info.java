/**
 * What every Fengqiao bundle shares, boards included: the error model, input problems, personal-data masking, resident ID numbers and
 * settings helpers. Nothing here touches JPA or Liquibase (that is {@code org.fengqiao.persistence.api}).
 */
@org.osgi.annotation.versioning.Version("2.4.0")
package org.fengqiao.platform.api;
