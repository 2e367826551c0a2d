/**
 * Department linkage (P8): a government department declared by a plugin, the categories it owns, how dispatches
 * reach it, and the dispatch service every module uses.
 */
@org.osgi.annotation.versioning.Version("2.0.0")
package org.fengqiao.linkage.api;
