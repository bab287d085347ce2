package com.palmpos.pos.staff;

/** A signed-in or listed staff member; never carries the PIN or its hash. */
public record StaffMember(String staffId, String name, Role role, boolean mustChangePin) {
    public boolean isManager() {
        return role == Role.MANAGER;
    }
}
