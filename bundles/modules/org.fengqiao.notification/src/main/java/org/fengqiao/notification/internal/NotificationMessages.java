package org.fengqiao.notification.internal;

import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.platform.api.PersonalData;
import org.fengqiao.ticketing.api.TicketEvent;
import org.fengqiao.ticketing.api.TimelineEntry.Kind;
import org.fengqiao.ticketing.api.TimelineVocabulary;

/** The short bilingual texts of notifications (Q4). */
final class NotificationMessages {

    private NotificationMessages() {
    }

    /** The text of an event; a module's step is told with the label its module gave it. */
    static String of(TicketEvent e, TimelineVocabulary vocabulary) {
        String title = "「" + PersonalData.mask(e.title()) + "」";
        String who = e.actorName();
        Kind kind = e.kind();
        if (kind.equals(Kind.CREATED)) {
            return who + " 发布了 " + title + " / posted " + title;
        } else if (kind.equals(Kind.REPLY)) {
            return who + " 回复了 " + title + " / replied to " + title;
        } else if (kind.equals(Kind.TRANSITION)) {
            return title + " 状态变为 " + e.state().code() + "（" + who + "）/ is now " + e.state().code();
        } else if (kind.equals(Kind.RATING)) {
            return who + " 评价了 " + title + " / rated " + title;
        } else if (kind.equals(Kind.HIDDEN)) {
            return title + " 已被依法隐藏 / was hidden by " + who;
        } else if (kind.equals(Kind.ESCALATED)) {
            return title + " 逾期，已升级至上级单位 / is overdue and was escalated";
        } else if (kind.equals(Kind.SUPERVISED)) {
            return who + " 督办 " + title + " / put " + title + " under supervision";
        } else if (kind.equals(Kind.INSTRUCTION)) {
            return who + " 对 " + title + " 作出批示 / gave an instruction on " + title;
        } else if (kind.equals(Kind.ACKNOWLEDGED)) {
            return who + " 已收到对 " + title + " 的批示 / acknowledged the instruction";
        } else if (kind.equals(Kind.ALERTED)) {
            return "紧急警情 " + title + "，请立即处置 / EMERGENCY: act on " + title + " now";
        } else if (kind.equals(Kind.ORDERED)) {
            return who + " 指令处置 " + title + " / ordered your unit to act on " + title;
        } else if (kind.equals(Kind.STATEMENT)) {
            return who + " 就 " + title + " 发布官方声明 / published an official statement on " + title;
        }
        LocalizedText label = vocabulary.describe(kind).label();
        return title + "：" + label.zh() + "（" + who + "）/ " + label.en() + " (" + who + ")";
    }
}
