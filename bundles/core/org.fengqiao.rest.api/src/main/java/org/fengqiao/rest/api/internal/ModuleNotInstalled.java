package org.fengqiao.rest.api.internal;

import javax.ws.rs.core.Response;

import org.fengqiao.rest.api.ErrorBody;

/** The answer for a path of a module that is not installed now. */
final class ModuleNotInstalled {

    private ModuleNotInstalled() {
    }

    static Response response(String module) {
        return ErrorBody.response(404, "module_not_installed", "the module '" + module
                + "' that serves this path is not installed now; its data is kept, and installing its feature again"
                + " brings the path back");
    }
}
