package org.fengqiao.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.fengqiao.identity.api.ApiKey;
import org.fengqiao.identity.api.ApiKeyService;
import org.fengqiao.platform.api.FengqiaoException;

/** Revokes an API key at once; requests with it are refused from then on. */
@Service
@Command(scope = "fengqiao", name = "api-key-revoke", description = "Revoke an API key")
public class ApiKeyRevokeCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "the key's id (fengqiao:api-key-list)")
    long id;

    @Reference
    ApiKeyService keys;

    @Override
    public Object execute() {
        try {
            ApiKey key = keys.revoke(id);
            System.out.println("Revoked API key " + key.id() + " of " + key.clientName());
        } catch (FengqiaoException e) {
            System.err.println("Refused: " + e.getMessage());
        }
        return null;
    }
}
