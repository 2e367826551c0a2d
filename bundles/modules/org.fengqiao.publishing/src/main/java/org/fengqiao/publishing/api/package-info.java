/** Staff publishing (P10): notices, policies, law popularisation, crime warnings, wanted notices, calls for clues. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.fengqiao.publishing.api;
