/**
 * Building captains (B1–B5): what a plugin adds to the captain module. A {@link org.fengqiao.captain.api.FieldRecordKind}
 * is a kind of record a captain makes in the field (a visit, a hazard inspection …), registered as a service like a
 * board; an {@link org.fengqiao.captain.api.AlertRule} is an early-warning rule evaluated on every synced record.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.fengqiao.captain.api;
