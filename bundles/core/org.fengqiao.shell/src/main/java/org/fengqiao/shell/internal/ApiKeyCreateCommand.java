package org.fengqiao.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.fengqiao.identity.api.ApiKeyService;
import org.fengqiao.identity.api.IssuedApiKey;
import org.fengqiao.platform.api.FengqiaoException;

/** Issues an API key to another system; the secret is printed this once. */
@Service
@Command(scope = "fengqiao", name = "api-key-create", description = "Issue an API key to an Open311 client or the 12345 hotline")
public class ApiKeyCreateCommand implements Action {

    @Argument(index = 0, name = "name", required = true, description = "the client's code, e.g. hotline-12345")
    String name;

    @Argument(index = 1, name = "clientName", required = true, description = "shown as the author of its requests")
    String clientName;

    @Option(name = "--purpose", required = true, description = "open311 or hotline")
    String purpose;

    @Reference
    ApiKeyService keys;

    @Override
    public Object execute() {
        try {
            IssuedApiKey issued = keys.create(name, clientName, purpose);
            System.out.println("API key " + issued.key().id() + " for " + issued.key().clientName() + " ("
                    + issued.key().purpose() + "): " + issued.secret());
            System.out.println("Store it now: it is not shown again.");
        } catch (FengqiaoException e) {
            System.err.println("Refused: " + e.getMessage());
            e.problems().forEach(p -> System.err.println("  " + p.field() + ": " + p.message()));
        }
        return null;
    }
}
