package org.menkou.admin.auth;

import io.javalin.security.RouteRole;

/**
 * Who may call a route. Every route names its roles; the one access check in {@link AccessCheck} refuses
 * everything else. {@link #ANYONE} and {@link #KIOSK} are route markers, not user roles.
 */
public enum Role implements RouteRole {
    /** No login needed (login page, health, stylesheet). */
    ANYONE("任何人"),
    /** A registered kiosk with its bearer token (the sync API). */
    KIOSK("终端"),
    /** 志愿者: notices/activities and menus of their own station. */
    VOLUNTEER("志愿者"),
    /** 养老顾问: services, policies, residents, notices of all stations. */
    ADVISOR("养老顾问"),
    /** 管理员: users, stations, kiosks, audit log; and everything advisors do. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the roles a person's account can have. */
    public boolean isUserRole() {
        return this == VOLUNTEER || this == ADVISOR || this == ADMIN;
    }
}
