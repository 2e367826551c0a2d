package org.fengqiao.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffProfile;

@Entity
@Table(name = "FQ_ACCOUNT")
public class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private long id;
    @Column(name = "USERNAME")
    private String username;
    @Column(name = "PASSWORD_HASH")
    private String passwordHash;
    @Column(name = "DISPLAY_NAME")
    private String displayName;
    @Column(name = "PHONE")
    private String phone;
    /** Role codes wrapped in commas (",officer,leader,") so that one role is found with LIKE. */
    @Column(name = "ROLE_CODES")
    private String roleCodes;
    @Column(name = "STAFF")
    private boolean staff;
    @Column(name = "FULL_NAME")
    private String fullName;
    @Column(name = "STAFF_NUMBER")
    private String staffNumber;
    @Column(name = "UNIT_CODE")
    private String unitCode;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "PUBLIC_PHONE")
    private String publicPhone;
    @Column(name = "CREATED_AT")
    private Timestamp createdAt;
    @Version
    @Column(name = "ROW_VERSION")
    private int rowVersion;

    protected AccountEntity() {
    }

    AccountEntity(String username, String passwordHash, String displayName, String phone, Set<Role> roles,
            StaffProfile profile, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.phone = phone;
        this.roleCodes = roleCodes(roles);
        this.createdAt = Timestamp.from(createdAt);
        if (profile != null) {
            staff = true;
            fullName = profile.fullName();
            staffNumber = profile.staffNumber();
            unitCode = profile.unitCode();
            title = profile.title();
            publicPhone = profile.publicPhone();
        }
    }

    static String roleCodes(Set<Role> roles) {
        return roles.stream().map(Role::code).sorted().collect(Collectors.joining(",", ",", ","));
    }

    static String roleCodePattern(Role role) {
        return "%," + role.code() + ",%";
    }

    long id() {
        return id;
    }

    String passwordHash() {
        return passwordHash;
    }

    void passwordHash(String hash) {
        this.passwordHash = hash;
    }

    Account toAccount() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(roleCodes.split(",")).filter(c -> !c.isEmpty())
                .forEach(c -> Role.fromCode(c).ifPresent(roles::add));
        StaffProfile profile = staff ? new StaffProfile(fullName, staffNumber, unitCode, title, publicPhone) : null;
        return new Account(id, username, displayName, phone, roles, profile, createdAt.toInstant());
    }
}
