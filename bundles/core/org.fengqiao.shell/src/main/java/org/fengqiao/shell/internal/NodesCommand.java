package org.fengqiao.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.fengqiao.persistence.api.Cluster;
import org.fengqiao.persistence.api.ClusterNode;

/** Lists the nodes sharing the database, this one first. */
@Service
@Command(scope = "fengqiao", name = "nodes", description = "List the nodes sharing the database")
public class NodesCommand implements Action {

    @Reference
    Cluster cluster;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Name");
        table.column("Id");
        table.column("Build");
        table.column("Started");
        table.column("Seen");
        table.column("State");
        for (ClusterNode n : cluster.nodes()) {
            table.addRow().addContent(n.name() + (n.self() ? " (this node)" : ""), n.id(), n.build(), n.startedAt(),
                    n.seenAt(), n.alive() ? "alive" : "gone");
        }
        table.print(System.out);
        return null;
    }
}
