package org.fengqiao.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.fengqiao.identity.api.ApiKey;
import org.fengqiao.identity.api.ApiKeyService;

/** Lists API keys without their secrets, which are not stored. */
@Service
@Command(scope = "fengqiao", name = "api-key-list", description = "List the API keys of other systems")
public class ApiKeyListCommand implements Action {

    @Option(name = "--purpose", description = "only keys for open311 or hotline")
    String purpose;

    @Reference
    ApiKeyService keys;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Client");
        table.column("Purpose");
        table.column("Created");
        table.column("Revoked");
        for (ApiKey k : keys.list(purpose)) {
            table.addRow().addContent(k.id(), k.name(), k.clientName(), k.purpose(), k.createdAt(),
                    k.revokedAt() == null ? "" : k.revokedAt());
        }
        table.print(System.out);
        return null;
    }
}
