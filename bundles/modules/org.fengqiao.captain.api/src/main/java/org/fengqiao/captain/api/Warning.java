package org.fengqiao.captain.api;

/**
 * What an {@link AlertRule} raises.
 *
 * @param message what the precinct reads, short and without personal data (it is shown on the ticket's timeline)
 * @param ticket the ticket to open for it when its record became none, or {@code null}: then the city's default
 *        alert board is used
 */
public record Warning(String message, RecordTicket ticket) {

    public static Warning of(String message) {
        return new Warning(message, null);
    }
}
