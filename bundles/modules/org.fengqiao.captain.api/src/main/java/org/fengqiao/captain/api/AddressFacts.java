package org.fengqiao.captain.api;

/** What rules may ask about the actual population, as stored now. */
public interface AddressFacts {

    /** People living at the door now whose residence is not registered. */
    int unregisteredAt(String doorCode);

    /** People living at the door now. */
    int livingAt(String doorCode);
}
