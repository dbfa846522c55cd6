package org.menkou.admin.auth;

/**
 * A person with an account on the admin site.
 *
 * @param stationId for volunteers, the station whose notices and menus they edit; null otherwise
 */
public record User(long id, String username, String displayName, Role role, String stationId,
                   boolean mustChangePassword, boolean disabled) {
    /** True when this user may edit content belonging to {@code station} (null: content for every station). */
    public boolean mayEditStation(String station) {
        return role != Role.VOLUNTEER || (station != null && station.equals(stationId));
    }

    public String roleLabel() {
        return role.label();
    }
}
