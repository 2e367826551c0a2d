package org.fengqiao.captain.api;

/**
 * A change to the actual population (一标三实) at a door, made by a field record.
 *
 * @param doorCode the standard address code of the door
 * @param idNumber the person's ID card number: who the change is about
 * @param kind {@code resident}, {@code tenant} or {@code floating}
 * @param registered whether the person's residence is registered with the police
 * @param housing the door's housing after the change ({@code owner_occupied}, {@code rented}, {@code vacant}), or
 *        {@code null} to leave it
 */
public record PopulationChange(Action action, String doorCode, String idNumber, String name, String phone,
        String kind, boolean registered, String housing) {

    public enum Action {
        /** The person lives at the door from now on (or their details are corrected). */
        MOVE_IN,
        /** The person no longer lives at the door. */
        MOVE_OUT
    }
}
