/** Core ticketing (C2): one ticket model for every kind of request, its state machine and public timeline. */
@org.osgi.annotation.versioning.Version("2.9.0")
package org.fengqiao.ticketing.api;
