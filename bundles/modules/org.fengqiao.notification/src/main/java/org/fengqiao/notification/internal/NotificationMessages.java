package org.fengqiao.notification.internal;

import org.fengqiao.platform.api.PersonalData;
import org.fengqiao.ticketing.api.TicketEvent;

/** The short bilingual texts of notifications (Q4). */
final class NotificationMessages {

    private NotificationMessages() {
    }

    static String of(TicketEvent e) {
        String title = "「" + PersonalData.mask(e.title()) + "」";
        String who = e.actorName();
        return switch (e.kind()) {
            case CREATED -> who + " 发布了 " + title + " / posted " + title;
            case REPLY -> who + " 回复了 " + title + " / replied to " + title;
            case TRANSITION -> title + " 状态变为 " + e.state().code() + "（" + who + "）/ is now " + e.state().code();
            case RATING -> who + " 评价了 " + title + " / rated " + title;
            case HIDDEN -> title + " 已被依法隐藏 / was hidden by " + who;
            case ESCALATED -> title + " 逾期，已升级至上级单位 / is overdue and was escalated";
            case SUPERVISED -> who + " 督办 " + title + " / put " + title + " under supervision";
            case INSTRUCTION -> who + " 对 " + title + " 作出批示 / gave an instruction on " + title;
            case ACKNOWLEDGED -> who + " 已收到对 " + title + " 的批示 / acknowledged the instruction";
            case ALERTED -> "紧急警情 " + title + "，请立即处置 / EMERGENCY: act on " + title + " now";
            case ORDERED -> who + " 指令处置 " + title + " / ordered your unit to act on " + title;
            case STATEMENT -> who + " 就 " + title + " 发布官方声明 / published an official statement on " + title;
            case DISPATCHED -> who + " 将 " + title + " 分派至职能部门 / dispatched " + title + " to a department";
            case DEPARTMENT_ACCEPTED -> title + " 已由部门受理（" + who + "）/ was accepted by the department";
            case DEPARTMENT_FEEDBACK -> "部门已反馈 " + title + "（" + who + "）/ the department answered " + title;
            case DEPARTMENT_REJECTED -> "部门退回 " + title + "（" + who + "）/ the department returned " + title;
            case SENT_BACK -> who + " 将 " + title + " 退回部门重办 / sent " + title + " back to the department";
        };
    }
}
