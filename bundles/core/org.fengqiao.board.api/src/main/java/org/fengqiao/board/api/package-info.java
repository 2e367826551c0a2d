/**
 * What a service board is (requirement C3, P1). A board plugin registers one {@link org.fengqiao.board.api.Board}
 * service with the property {@value org.fengqiao.board.api.Board#ID_PROPERTY}; the core picks it up and drops it
 * with the bundle. A board holds no persistence or REST code of its own.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.fengqiao.board.api;
