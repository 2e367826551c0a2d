package org.fengqiao.shell.internal;

import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffProfile;
import org.fengqiao.identity.api.StaffRegistration;
import org.fengqiao.platform.api.FengqiaoException;

/** Creates a real-name administrator: the way into a fresh, non-demo installation. */
@Service
@Command(scope = "fengqiao", name = "admin-create", description = "Create a real-name administrator account")
public class AdminCreateCommand implements Action {

    @Argument(index = 0, name = "username", required = true, description = "login name")
    String username;

    @Argument(index = 1, name = "fullName", required = true, description = "real name")
    String fullName;

    @Argument(index = 2, name = "staffNumber", required = true, description = "badge or staff number")
    String staffNumber;

    @Argument(index = 3, name = "unit", required = true, description = "unit code from the organisation tree")
    String unit;

    @Option(name = "--password", description = "password; asked for without echo when left out")
    String password;

    @Option(name = "--title", description = "job title")
    String title;

    @Reference
    IdentityService identity;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        String secret = password != null ? password : session.readLine("Password: ", '*');
        try {
            Account account = identity.createStaff(new StaffRegistration(username, secret,
                    new StaffProfile(fullName, staffNumber, unit, title, null), Set.of(Role.ADMIN)));
            System.out.println("Created administrator " + account.username() + " (id " + account.id() + ")");
        } catch (FengqiaoException e) {
            System.err.println("Refused: " + e.getMessage());
            e.problems().forEach(p -> System.err.println("  " + p.field() + ": " + p.message()));
        }
        return null;
    }
}
