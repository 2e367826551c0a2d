package org.fengqiao.cogovernance.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.fengqiao.cogovernance.internal.ActionItemEntity.ActionItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A team's figures for a period: hand-offs, meetings and action items, counted by when they were made. */
@Component(service = TeamFigures.class)
public class TeamFigures {

    record Figures(long teamId, Instant from, Instant to, HandoffFigures handoffs, MeetingFigures meetings,
            ActionFigures actions) {
    }

    /**
     * @param overdue answered after their deadline, escalated, or still unanswered past it
     * @param medianToAccept from hand-off to acceptance, of those accepted; {@code null} if none
     * @param medianToSolve from hand-off to settled, of those settled; {@code null} if none
     */
    record HandoffFigures(int made, int accepted, int declined, int forwarded, int done, int overdue,
            Duration medianToAccept, Duration medianToSolve) {
    }

    record MeetingFigures(int held, int planned) {
    }

    record ActionFigures(int made, int done, int doneWithinDeadline, int open, int overdue) {
    }

    private final CogovernanceDatabase db;
    private final Teams teams;

    @Activate
    public TeamFigures(@Reference CogovernanceDatabase db, @Reference Teams teams) {
        this.db = db;
        this.teams = teams;
    }

    Figures of(long teamId, Instant from, Instant to, Instant now) {
        teams.team(teamId);
        Timestamp f = Timestamp.from(from);
        Timestamp t = Timestamp.from(to);
        return db.read(em -> {
            List<Handoff> handoffs = em.createQuery("SELECT h FROM HandoffEntity h WHERE h.teamId = :team"
                    + " AND h.createdAt >= :f AND h.createdAt < :t", HandoffEntity.class).setParameter("team", teamId)
                    .setParameter("f", f).setParameter("t", t).getResultList().stream().map(HandoffEntity::view)
                    .toList();
            List<String> meetingStates = em.createQuery("SELECT m.state FROM MeetingEntity m WHERE m.teamId = :team"
                    + " AND m.startsAt >= :f AND m.startsAt < :t", String.class).setParameter("team", teamId)
                    .setParameter("f", f).setParameter("t", t).getResultList();
            List<ActionItem> actions = em.createQuery("SELECT a FROM ActionItemEntity a WHERE a.teamId = :team"
                    + " AND a.createdAt >= :f AND a.createdAt < :t", ActionItemEntity.class)
                    .setParameter("team", teamId).setParameter("f", f).setParameter("t", t).getResultList().stream()
                    .map(ActionItemEntity::view).toList();
            return new Figures(teamId, from, to, handoffs(handoffs, now), new MeetingFigures(
                    (int) meetingStates.stream().filter(MeetingEntity.HELD::equals).count(),
                    (int) meetingStates.stream().filter(MeetingEntity.PLANNED::equals).count()),
                    actions(actions, now));
        });
    }

    static HandoffFigures handoffs(List<Handoff> list, Instant now) {
        return new HandoffFigures(list.size(),
                (int) list.stream().filter(h -> h.acceptedAt() != null).count(),
                (int) list.stream().filter(h -> h.state() == Handoff.State.DECLINED).count(),
                (int) list.stream().filter(h -> h.state() == Handoff.State.FORWARDED).count(),
                (int) list.stream().filter(h -> h.doneAt() != null).count(),
                (int) list.stream().filter(h -> wasOverdue(h, now)).count(),
                median(list.stream().filter(h -> h.acceptedAt() != null)
                        .map(h -> Duration.between(h.createdAt(), h.acceptedAt())).toList()),
                median(list.stream().filter(h -> h.doneAt() != null)
                        .map(h -> Duration.between(h.createdAt(), h.doneAt())).toList()));
    }

    static ActionFigures actions(List<ActionItem> list, Instant now) {
        return new ActionFigures(list.size(), (int) list.stream().filter(a -> a.doneAt() != null).count(),
                (int) list.stream().filter(ActionItem::doneInTime).count(),
                (int) list.stream().filter(a -> a.doneAt() == null).count(),
                (int) list.stream().filter(a -> a.doneAt() == null && a.due().isBefore(now)).count());
    }

    /** Answered after its deadline, escalated, or unanswered past it. */
    static boolean wasOverdue(Handoff h, Instant now) {
        Instant answered = h.acceptedAt() != null ? h.acceptedAt() : h.answeredAt();
        return h.escalationLevel() > 0 || (answered != null ? answered : now).isAfter(h.acceptBy())
                && (answered != null || h.state() == Handoff.State.PENDING);
    }

    /** The median of the durations, the mean of the middle two for an even count; {@code null} for none. */
    static Duration median(List<Duration> durations) {
        List<Duration> sorted = durations.stream().filter(Objects::nonNull).sorted().toList();
        if (sorted.isEmpty()) {
            return null;
        }
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2);
    }
}
